#!/usr/bin/env bash
# Checks that the materialized Eclipse is stock before the p2 director installs our feature: no
# Dialscape bundle in it except the test's probe (which needs nothing of Dialscape). Keeps its
# bundle list as target/stock-bundles.info.
# Usage: check-stock.sh ECLIPSE_DIR OUT_FILE
set -euo pipefail
info="$1/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$info" ] || { echo "[install-test] FAILED: no $info: the stock Eclipse was not materialized" >&2; exit 1; }
cp "$info" "$2"
ours="$(grep -o '^io\.dialscape\.[^,]*' "$info" | grep -v '^io\.dialscape\.eclipse\.install\.check$' || true)"
if [ -n "$ours" ]; then
  echo "[install-test] FAILED: the stock Eclipse already holds Dialscape bundles: $(echo $ours)" >&2
  exit 1
fi
echo "[install-test] stock Eclipse: $(grep -vc '^#' "$info") bundles, none of Dialscape's"
