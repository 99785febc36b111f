#!/usr/bin/env bash
# Which Java runtime the launchers (./dialscape, ./studio) start, and which options it is given.
# Sourced by them; run on its own it answers for one version text (what the tests do):
#
#   releng/launcher/java-options.sh major 'openjdk version "21.0.5" 2024-10-15'   -> 21
#   releng/launcher/java-options.sh options 'openjdk version "23"'                -> one option per line
#   releng/launcher/java-options.sh archive 25 create /tmp/x.jsa                   -> one option per line
#
# A runtime refuses to start on an option it does not know ("Unrecognized option"), so every
# version-specific option is listed here with the first feature release that has it.
#
# Plain bash, no other program and no subshell: the launchers run this on every start, where each
# process costs a few milliseconds. Results are left in REPLY (a string) or in options (an array).

# The feature release (21, 23, 25...) named by a version text, in REPLY: a `release` file line
# (JAVA_VERSION="21.0.5"), the first line of `java -version` (openjdk version "23" 2024-09-17,
# java version "1.8.0_401"), or a bare version (25-ea, 21.0.5+11). Empty if none is found.
java_feature_release() {
  local text="$1" version="" line quoted='(JAVA_VERSION=|version )"([^"]+)"'
  local bare='^[[:space:]]*([0-9][0-9.+_a-zA-Z-]*)[[:space:]]*$'
  while IFS= read -r line; do
    if [[ $line =~ $quoted ]]; then version="${BASH_REMATCH[2]}"; break; fi
  done <<<"$text"
  if [ -z "$version" ] && [[ ${text%%$'\n'*} =~ $bare ]]; then version="${BASH_REMATCH[1]}"; fi
  case "$version" in
    1.*) version="${version#1.}" ;;   # 1.8.0_401 is Java 8
  esac
  REPLY=""
  if [[ $version =~ ^([0-9]+) ]]; then REPLY="$((10#${BASH_REMATCH[1]}))"; fi
}

# The value of the line KEY="value" of the `release` file of the Java home $1, in REPLY (empty if none).
java_release_field() {
  local file="$1/release" key="$2" line
  REPLY=""
  [ -f "$file" ] || return 0
  while IFS= read -r line; do
    if [[ $line == "$key="* ]]; then line="${line#*=}"; line="${line#\"}"; REPLY="${line%%\"*}"; return 0; fi
  done <"$file"
}

# The feature release of the Java home $1, in REPLY: from its `release` file, else from `java -version`
# (the one case that starts a process). Empty if $1 holds no java.
java_home_release() {
  local home="$1"
  REPLY=""
  [ -x "$home/bin/java" ] || return 0
  java_release_field "$home" JAVA_VERSION
  if [ -n "$REPLY" ]; then java_feature_release "JAVA_VERSION=\"$REPLY\""; fi
  if [ -z "$REPLY" ]; then java_feature_release "$("$home/bin/java" -version 2>&1)"; fi
}

# Options for a runtime of feature release $1 whose meaning depends on the release, in the array options.
java_version_options() {
  local release="${1:-0}"
  options=()
  # Lets class-path code call restricted native methods without a warning; known since JDK 17.
  if [ "$release" -ge 17 ]; then options+=("--enable-native-access=ALL-UNNAMED"); fi
  # Guice and Xtext use sun.misc.Unsafe; JDK 23 added this switch (JEP 471) and JDK 24 warns without it.
  # JDK 21 and 22 refuse to start when given it.
  if [ "$release" -ge 23 ]; then options+=("--sun-misc-unsafe-memory-access=allow"); fi
}

# Options that record (mode "create") or use (mode "use") the class-data-sharing archive FILE of a run, for a
# runtime of feature release $1, in the array options. The archive is recorded by a training run and is only
# valid for the runtime and the jar that made it (the JVM checks, and ignores a mismatched one silently).
# JDK 25's AOT cache (-XX:AOTCache) was measured too: it loads every archived class at start, so `--version`
# costs more and a validation gains nothing (docs/benchmarks.md).
java_archive_options() {
  local release="${1:-0}" mode="$2" file="$3"
  options=()
  case "$mode" in
    create) options+=("-XX:ArchiveClassesAtExit=$file") ;;
    use) options+=("-XX:SharedArchiveFile=$file") ;;
  esac
  options+=("-Xlog:cds=off" "-Xlog:cds+dynamic=off")
  # From JDK 25 some class-sharing messages are tagged aot; older releases refuse an unknown tag.
  if [ "$release" -ge 25 ]; then options+=("-Xlog:aot=off"); fi
}

# The exact runtime version of the Java home $1 (JAVA_RUNTIME_VERSION of its release file, else its
# feature release $2), in REPLY: names its class archive, which no other runtime can use.
java_home_runtime() {
  java_release_field "$1" JAVA_RUNTIME_VERSION
  [ -n "$REPLY" ] || REPLY="$2"
  REPLY="${REPLY//[^A-Za-z0-9._+-]/_}"
}

# A Java home of release $1 or newer: $JAVA_HOME if it qualifies, else the usual install places.
# Sets java_home and java_release; both empty when there is none.
find_java_home() {
  local minimum="$1" candidate
  java_home="" java_release=""
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/temurin-21-jdk \
                   /usr/lib/jvm/java-21-openjdk-amd64; do
    java_home_release "$candidate"
    if [ -n "$REPLY" ] && [ "$REPLY" -ge "$minimum" ]; then
      java_home="$candidate" java_release="$REPLY"
      return 0
    fi
  done
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    major) java_feature_release "${2:-}"; if [ -n "$REPLY" ]; then echo "$REPLY"; fi ;;
    options|archive)
      java_feature_release "${2:-}"
      if [ -z "$REPLY" ]; then echo "$0: no Java version in: ${2:-}" >&2; exit 2; fi
      if [ "$1" = options ]; then java_version_options "$REPLY"; else java_archive_options "$REPLY" "${3:-use}" "${4:-archive}"; fi
      printf '%s\n' "${options[@]}" ;;
    home-release) java_home_release "${2:-}"; echo "$REPLY" ;;
    *) echo "usage: $0 major VERSION-TEXT | options VERSION-TEXT | archive VERSION-TEXT create|use FILE | home-release JAVA_HOME" >&2; exit 2 ;;
  esac
fi
