#!/usr/bin/env bash
# Builds the VS Code extension: npm ci (pinned by package-lock.json), the grammar tests,
# then dialscape-<version>.vsix in this folder. Needs Node 20 and npm 9 or newer.
# With --skip-without-node (as `./mvnw verify` runs it), a machine without node or npm skips the
# extension with a message instead of failing the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [ "${1:-}" = "--skip-without-node" ]; then
  missing=""
  command -v node >/dev/null 2>&1 || missing="node"
  command -v npm >/dev/null 2>&1 || missing="${missing:+$missing and }npm"
  if [ -n "$missing" ]; then
    echo "== VS Code extension SKIPPED: $missing not found on the PATH (install Node 20 and npm 9+ to build and test it)"
    exit 0
  fi
fi

echo "== npm ci"
npm ci --prefer-offline --no-audit --no-fund

echo "== grammar tests"
npx vscode-tmgrammar-test -g syntaxes/ucm.tmLanguage.json "test/grammar/*.ucm"
node test/tokenize-examples.js

echo "== package"
npx esbuild extension.js --bundle --platform=node --format=cjs --external:vscode \
  --outfile=dist/extension.js --minify --log-level=warning
version="$(node -p 'require("./package.json").version')"
npx vsce package --no-dependencies --skip-license --allow-missing-repository \
  --out "dialscape-$version.vsix"
ls -l "dialscape-$version.vsix"

# The bundled client against a stand-in `vscode` module and the real `dialscape lsp`, found as
# the extension finds it (the repository's launcher). Only when the command-line jar is built:
# the launcher would otherwise start a Maven build.
if [ -f ../../bundles/io.dialscape.cli/target/dialscape-cli.jar ]; then
  echo "== client smoke test (dialscape lsp on examples/)"
  node test/smoke-client.js ../../examples ../../examples/contoso-teams.ucm
  echo "== client smoke test (a lone file, no workspace folder)"
  SMOKE_NO_FOLDER=1 node test/smoke-client.js ../../examples ../../examples/fabrikam-sfb2019.ucm
else
  echo "== client smoke test skipped: bundles/io.dialscape.cli/target/dialscape-cli.jar is not built"
fi
