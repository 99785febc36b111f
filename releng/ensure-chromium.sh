#!/usr/bin/env bash
# Makes sure the browser test has a headless Chromium and the DejaVu fonts the pictures are measured with.
#
# Installs Debian's chromium and fonts-dejavu-core when missing (needs root or sudo, as on our build
# machines; once per machine, about 20 s), serialized with other builds installing packages. Prints the
# browser binary to run on its last line (the real binary, not the /usr/bin wrapper: BUILD.md, "Pictures"),
# and writes it to DIR/chromium when given a directory as first argument (the test reads it).
set -euo pipefail

out_dir=${1:-}
say() { echo "[ensure-chromium] $*" >&2; }

find_browser() {
  for candidate in "${DIALSCAPE_CHROMIUM:-}" /usr/lib/chromium/chromium; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

missing=()
find_browser >/dev/null || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  . "$(dirname "${BASH_SOURCE[0]}")/debian-packages.sh"
  install_debian_packages "set DIALSCAPE_CHROMIUM" "${missing[@]}" || exit 1
fi

browser=$(find_browser) || { say "chromium is still missing after the install"; exit 1; }
if [ -n "$out_dir" ]; then mkdir -p "$out_dir" && printf '%s\n' "$browser" > "$out_dir/chromium"; fi
echo "$browser"
