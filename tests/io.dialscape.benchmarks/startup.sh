#!/usr/bin/env bash
# Start-up benchmark of the command line (issues 5 and 14): `./dialscape validate examples/` against
# `./dialscape --version` (the launcher, the JVM and the jar with no model work) and `java -version`
# of the same JDK, interleaved in one run so all see the same machine load. CPU is user + system
# time of the process and its children (/usr/bin/time), wall is elapsed time.
#
# Usage: tests/io.dialscape.benchmarks/startup.sh [runs] [baseline-checkout]   (default 15 runs)
#   baseline-checkout: another checkout (or a directory holding its ./dialscape script and
#   bundles/io.dialscape.cli/target/dialscape-cli.jar) measured in the same interleaving, for
#   before/after figures side by side.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-15}"
base="${2:-}"
cd "$root"
./dialscape validate examples/ >/dev/null || true   # builds on first use, creates the CDS archive
./dialscape --version >/dev/null
if [ -n "$base" ]; then "$base/dialscape" validate examples/ >/dev/null || true; fi
. "$root/releng/launcher/java-options.sh"
find_java_home 21
JAVA="$java_home/bin/java"

# measure NAME COMMAND...: appends "wall cpu" in ms to the file of NAME
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
measure() {
  local name="$1"; shift
  /usr/bin/time -o "$tmp/t" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$tmp/t" >> "$tmp/$name"
}
names=(java-version version validate)
[ -n "$base" ] && names+=(base-version base-validate)
for _ in $(seq "$runs"); do
  measure java-version "$JAVA" -version
  measure version ./dialscape --version
  measure validate ./dialscape validate examples/
  if [ -n "$base" ]; then
    measure base-version "$base/dialscape" --version
    measure base-validate "$base/dialscape" validate examples/
  fi
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "machine: $(nproc) cores, $(uname -m), $("$JAVA" -version 2>&1 | head -1)"
echo "runs: $runs (interleaved), load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-32s %12s %12s\n' "command" "median CPU" "median wall"
for name in "${names[@]}"; do
  cpu=$(cut -d' ' -f2 "$tmp/$name" | median); wall=$(cut -d' ' -f1 "$tmp/$name" | median)
  printf '%-32s %9s ms %9s ms\n' "$name" "$cpu" "$wall"
  eval "cpu_${name//-/_}=$cpu"
done
awk -v a="$cpu_validate" -v b="$cpu_version" 'BEGIN { printf "validate / --version, CPU: %.2fx\n", a / b }'
if [ -n "$base" ]; then
  awk -v a="$cpu_base_validate" -v b="$cpu_base_version" 'BEGIN { printf "baseline validate / --version, CPU: %.2fx\n", a / b }'
fi
