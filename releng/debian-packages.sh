#!/usr/bin/env bash
# Sourced by ensure-display.sh and ensure-chromium.sh: installs Debian packages a test needs, once
# per machine, as root or through sudo, serialized with other builds installing at the same time.
#
#   install_debian_packages "HOW TO DO WITHOUT" PACKAGE...
#
# Returns 1 after one line on standard error when it cannot install (no root and no sudo).
install_debian_packages() {
  local without="$1"; shift
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    echo "[$(basename "$0" .sh)] missing $*: install them (apt-get install $*) or $without" >&2
    return 1
  fi
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "[$(basename "$0" .sh)] installing $* from Debian's packages (once per machine)" >&2
  (
    export DEBIAN_FRONTEND=noninteractive
    flock 9
    # The package lists may be fresh enough already; update them only when the install fails.
    $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1 || {
      $sudo apt-get update -qq >/dev/null 2>&1 || $sudo apt-get update
      $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null \
        || $sudo apt-get install -y --no-install-recommends "$@"
    }
  ) 9>/tmp/dialscape-apt.lock
}
