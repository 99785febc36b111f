#!/usr/bin/env bash
# Start-up benchmark of the command line (issue 5): `./dialscape validate examples/` against
# `java -version` of the same JDK, interleaved in one run so both see the same machine load.
# Usage: tests/io.dialscape.benchmarks/startup.sh [runs]   (default 15; run from anywhere)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-15}"
cd "$root"
./dialscape validate examples/ >/dev/null   # builds on first use, creates the CDS archive
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
ours=(); base=()
for _ in $(seq "$runs"); do
  ours+=("$(ms ./dialscape validate examples/)")
  base+=("$(ms "$JAVA" -version)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mo=$(median "${ours[@]}"); mb=$(median "${base[@]}")
echo "machine: $(nproc) cores, $(uname -m), $("$JAVA" -version 2>&1 | head -1)"
echo "runs: $runs (interleaved), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "dialscape validate examples/: median ${mo} ms"
echo "java -version:                median ${mb} ms"
awk -v a="$mo" -v b="$mb" 'BEGIN { printf "ratio: %.1fx the bare JVM start\n", a / b }'
