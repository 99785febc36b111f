#!/bin/sh
# Starts Dialscape Studio (macOS, Apple silicon or Intel) with Java 21 or newer.
# Double-click it in the Finder (it opens a Terminal window, which stays while Studio runs),
# or in Terminal:
#
#   ./"Dialscape Studio.command" [options for Studio, e.g. -clean]
#
#   DIALSCAPE_WORKSPACE  where your projects live (default: ~/dialscape-workspace)
#   DIALSCAPE_MEMORY     the most memory Java may use (default: 1g)
#   JAVA_HOME            the Java to use; else the newest Java 21+ that /usr/libexec/java_home
#                        knows or that lies in the usual places (/Library/Java/JavaVirtualMachines,
#                        ~/Library/Java/JavaVirtualMachines, Homebrew, SDKMAN), else java on the PATH
#
# This folder may be read-only: settings and caches go to ~/.dialscape/studio/VERSION.
set -u

say() { printf 'Dialscape Studio: %s\n' "$*" >&2; }

# This folder, also when the script is reached through a symbolic link.
self=$0
while [ -h "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *) self=$(dirname "$self")/$link ;;
  esac
done
here=$(cd "$(dirname "$self")" && pwd -P)

# The feature version of the Java at $1 (21 for "21.0.5", 8 for "1.8.0_401"), or 0.
java_major() {
  [ -x "$1" ] && [ ! -d "$1" ] || { echo 0; return; }
  v=$("$1" -version 2>&1 | sed -n 's/^.* version "\([^"]*\)".*$/\1/p' | head -n 1)
  case $v in
    1.*) v=${v#1.} ;;
  esac
  v=${v%%[!0-9]*}
  echo "${v:-0}"
}

java=""
major=0
# Keeps the Java at $1 when it is 21 or newer and newer than the one kept so far.
consider() {
  m=$(java_major "$1")
  if [ "$m" -ge 21 ] && [ "$m" -gt "$major" ]; then java=$1; major=$m; fi
}

if [ -n "${JAVA_HOME:-}" ]; then
  consider "$JAVA_HOME/bin/java"
  [ -n "$java" ] || say "JAVA_HOME ($JAVA_HOME) is not a Java 21 or newer; looking in the usual places"
fi
if [ -z "$java" ]; then
  if [ -x /usr/libexec/java_home ]; then
    home=$(/usr/libexec/java_home -v 21+ 2>/dev/null) && consider "$home/bin/java"
  fi
  for candidate in /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
                   "$HOME"/Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java \
                   /opt/homebrew/opt/openjdk*/bin/java /usr/local/opt/openjdk*/bin/java \
                   "$HOME"/.sdkman/candidates/java/*/bin/java; do
    consider "$candidate"
  done
fi
# /usr/bin/java is only Apple's stub that asks to install Java: it is no Java of its own.
if [ -z "$java" ] && command -v java >/dev/null 2>&1 && [ "$(command -v java)" != /usr/bin/java ]; then
  consider "$(command -v java)"
fi
if [ -z "$java" ]; then
  say "needs Java 21 or newer: install a JDK 21+ (Eclipse Temurin 21 from adoptium.net, or 'brew install openjdk@21') or set JAVA_HOME to one."
  exit 2
fi

memory=${DIALSCAPE_MEMORY:-1g}
if ! printf '%s\n' "$memory" | grep -Eqx '[0-9]+[kKmMgG]?'; then
  say "DIALSCAPE_MEMORY must be a size such as 1g or 2048m, not '$memory'"
  exit 2
fi
workspace=${DIALSCAPE_WORKSPACE:-$HOME/dialscape-workspace}

launcher=""
for jar in "$here"/plugins/org.eclipse.equinox.launcher_*.jar; do [ -f "$jar" ] && launcher=$jar; done
studio=""
for jar in "$here"/plugins/io.dialscape.studio_*.jar; do [ -f "$jar" ] && studio=$jar; done
if [ -z "$launcher" ] || [ -z "$studio" ]; then
  say "this folder ($here) is not a complete Dialscape Studio: unpack the whole archive again"
  exit 2
fi
version=${studio##*/io.dialscape.studio_}
version=${version%.jar}

# The Java command, built back to front in "$@" (the arguments given to this script go last).
set -- -jar "$launcher" \
  -configuration "$HOME/.dialscape/studio/$version/configuration" \
  -data "$workspace" "$@"
# The install's own configuration/ is read, never written: the user's configuration cascades from it.
set -- "-Dosgi.sharedConfiguration.area=$here/configuration" -Dosgi.configuration.cascaded=true "$@"
# JDK 23 and newer warn (later: refuse) when Guice uses sun.misc.Unsafe; Java 21 rejects the option.
if [ "$major" -ge 23 ]; then set -- --sun-misc-unsafe-memory-access=allow "$@"; fi
# SWT on macOS must run on the first thread; the Dock shows the product's name.
set -- -XstartOnFirstThread "-Xdock:name=Dialscape Studio" "-Xmx$memory" --enable-native-access=ALL-UNNAMED "$@"
exec "$java" "$@"
