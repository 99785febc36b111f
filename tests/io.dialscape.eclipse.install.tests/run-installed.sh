#!/usr/bin/env bash
# Starts the stock Eclipse (with io.dialscape.feature installed by the p2 director) under a display,
# lets the probe bundle open a model, and checks what it saw: Dialscape's bundles resolved, .ucm files
# open in the Generic Editor with Dialscape's content type, and the collocation marker on line 5 with
# no unresolved reference (the bundled library is visible). Bounded: the Eclipse gets 300 s.
# Usage: run-installed.sh ECLIPSE_DIR WORK_DIR JAVA
set -euo pipefail
eclipse=$1
work=$2
java=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

rm -rf "$work"
mkdir -p "$work"
display="$(bash "$here/../../releng/ensure-display.sh" "$work" | tail -1)"
launcher="$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)"
result="$work/result.txt"

echo "[install-test] starting $eclipse on display $display"
start=$(date +%s)
status=0
DISPLAY="$display" timeout --kill-after=10 300 "$java" -Xmx1g -Ddialscape.installcheck="$result" \
  -jar "$launcher" -data "$work/workspace" -nosplash -consoleLog >"$work/eclipse.log" 2>&1 || status=$?
echo "[install-test] Eclipse exited with status $status after $(( $(date +%s) - start )) s"

fail() {
  echo "[install-test] FAILED: $*" >&2
  [ -f "$result" ] && sed 's/^/[install-test] result: /' "$result" >&2
  tail -n 60 "$work/eclipse.log" | sed 's/^/[install-test] log: /' >&2
  exit 1
}

[ "$status" -eq 0 ] || fail "the Eclipse did not exit normally (status $status; 124 is the 300 s timeout)"
[ -f "$result" ] || fail "the probe wrote no result (it did not run)"
sed 's/^/[install-test] result: /' "$result"
for bundle in io.dialscape.engine io.dialscape.dsl io.dialscape.dsl.ide io.dialscape.dsl.ui io.dialscape.diagram io.dialscape.diagram.ui; do
  grep -qx "bundle $bundle resolved" "$result" || fail "$bundle is not installed and resolved"
done
grep -qx "content-type io.dialscape.dsl.ui.ucm" "$result" || fail ".ucm files do not get Dialscape's content type"
grep -qx "editor org.eclipse.ui.genericeditor.GenericEditor" "$result" || fail "the model did not open in the Generic Editor"
grep -q "^marker collocation.unsupported line 5 " "$result" || fail "no collocation.unsupported marker on line 5"
if grep -q "^marker linking " "$result"; then fail "unresolved references: the bundled library is not visible"; fi
if grep -q "^error " "$result"; then fail "the probe failed"; fi
echo "[install-test] OK: io.dialscape.feature installed into a stock Eclipse shows its marker"
