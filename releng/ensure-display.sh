#!/usr/bin/env bash
# Makes sure the UI tests and the screenshot test have an X display.
#
# With DISPLAY set (a desktop, xvfb-run, CI with a display) it does nothing. Otherwise it
# installs Xvfb and GTK 3 from Debian's packages when they are missing (needs root, as on
# our build machines) and starts a virtual display on :99, once; later calls find it running.
# Prints the display to use on its last line, and writes it to target/display when given a
# directory as first argument (the UI test module reads it).
set -euo pipefail

display_number=${DIALSCAPE_XVFB_DISPLAY:-99}
out_dir=${1:-}

say() { echo "[ensure-display] $*" >&2; }

write() {
  if [ -n "$out_dir" ]; then mkdir -p "$out_dir" && printf '%s\n' "$1" > "$out_dir/display"; fi
  echo "$1"
}

if [ -n "${DISPLAY:-}" ]; then
  write "$DISPLAY"
  exit 0
fi

missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xauth >/dev/null 2>&1 || missing+=(xauth)
command -v xwininfo >/dev/null 2>&1 || missing+=(x11-utils)   # the release test reads window titles
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  . "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"
  install_debian_packages "set DISPLAY" "${missing[@]}" fonts-dejavu-core || exit 1
fi

# Start Xvfb on :N unless a server already answers there.
lock=/tmp/.X${display_number}-lock
running=false
if [ -f "$lock" ] && kill -0 "$(tr -d ' ' < "$lock")" 2>/dev/null; then
  running=true
fi
if ! $running; then
  rm -f "$lock" "/tmp/.X11-unix/X${display_number}"
  say "starting Xvfb on :${display_number}"
  nohup Xvfb ":${display_number}" -screen 0 1440x900x24 -nolisten tcp >/tmp/dialscape-xvfb.log 2>&1 &
  for _ in $(seq 1 50); do
    [ -S "/tmp/.X11-unix/X${display_number}" ] && break
    sleep 0.1
  done
  if [ ! -S "/tmp/.X11-unix/X${display_number}" ]; then
    say "Xvfb did not start: see /tmp/dialscape-xvfb.log"
    exit 1
  fi
fi
write ":${display_number}"
