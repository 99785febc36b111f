#!/usr/bin/env bash
# Re-archives the macOS product (Apple silicon) as a plain folder.
#
# Tycho lays a macOS product out as NAME.app/Contents/Eclipse, the layout of Eclipse's native
# launcher. Dialscape Studio has no native launcher (none is on Maven Central), and a .app
# without one does not open: the macOS archive gets the folder dialscape-studio/ with
# "Dialscape Studio.command" in it, as the Linux archive has. The install area is the folder
# that holds plugins/ and configuration/ (config.ini's paths are relative), so moving it out of
# Contents/Eclipse changes nothing for the Equinox launcher jar.
#
#   archive-macos.sh PRODUCTS_DIR VERSION    rewrites PRODUCTS_DIR/dialscape-studio-VERSION-macosx.cocoa.aarch64.tar.gz
set -euo pipefail
products=$1
version=$2
for arch in aarch64; do
  eclipse="$products/io.dialscape.studio.product/macosx/cocoa/$arch/dialscape-studio.app/Contents/Eclipse"
  archive="$products/dialscape-studio-$version-macosx.cocoa.$arch.tar.gz"
  if [ ! -d "$eclipse" ]; then
    echo "archive-macos: $eclipse is missing (materialize-products did not run?)" >&2
    exit 1
  fi
  tar -C "$(dirname "$eclipse")" --transform 's,^Eclipse,dialscape-studio,' --sort=name \
    --owner=0 --group=0 --numeric-owner -czf "$archive.tmp" Eclipse
  mv "$archive.tmp" "$archive"
done
