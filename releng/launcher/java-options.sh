#!/usr/bin/env bash
# Which Java runtime the launchers (./dialscape, ./studio) start, and which options it is given.
# Sourced by them; run on its own it answers for one version text (what the tests do):
#
#   releng/launcher/java-options.sh major 'openjdk version "21.0.5" 2024-10-15'   -> 21
#   releng/launcher/java-options.sh options 23                                    -> one option per line
#
# A runtime refuses to start on an option it does not know ("Unrecognized option"), so every
# version-specific option is listed here with the first feature release that has it.

# The feature release (21, 23, 25...) named by a version text: a `release` file line
# (JAVA_VERSION="21.0.5"), the first line of `java -version` (openjdk version "23" 2024-09-17,
# java version "1.8.0_401"), or a bare version (25-ea, 21.0.5+11). Prints nothing if none is found.
java_feature_release() {
  local text="$1" version
  version=$(printf '%s\n' "$text" | sed -nE 's/.*(JAVA_VERSION=|version )"([^"]+)".*/\2/p' | head -n 1)
  if [ -z "$version" ]; then
    version=$(printf '%s\n' "$text" | head -n 1 | sed -nE 's/^[[:space:]]*([0-9][0-9.+_a-zA-Z-]*)[[:space:]]*$/\1/p')
  fi
  case "$version" in
    1.*) version="${version#1.}" ;;   # 1.8.0_401 is Java 8
  esac
  version=$(printf '%s' "$version" | sed -nE 's/^([0-9]+).*/\1/p')
  if [ -n "$version" ]; then printf '%s\n' "$((10#$version))"; fi
}

# The feature release of the Java home $1: its `release` file (no process started), else `java -version`.
java_home_release() {
  local home="$1" found=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    found=$(java_feature_release "$(grep -E '^JAVA_VERSION=' "$home/release")")
  fi
  if [ -z "$found" ]; then
    found=$(java_feature_release "$("$home/bin/java" -version 2>&1 | grep -E 'version "' | head -n 1)")
  fi
  printf '%s' "$found"
}

# Options for a runtime of feature release $1 whose meaning depends on the release, one per line.
java_version_options() {
  local release="${1:-0}"
  # Lets class-path code call restricted native methods without a warning; known since JDK 17.
  [ "$release" -ge 17 ] && echo "--enable-native-access=ALL-UNNAMED"
  # Guice and Xtext use sun.misc.Unsafe; JDK 23 added this switch (JEP 471) and JDK 24 warns without it.
  # JDK 21 and 22 refuse to start when given it.
  [ "$release" -ge 23 ] && echo "--sun-misc-unsafe-memory-access=allow"
  return 0
}

# A Java home of release $1 or newer: $JAVA_HOME if it qualifies, else the usual install places.
# Prints nothing when there is none.
find_java_home() {
  local minimum="$1" candidate release
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/temurin-21-jdk \
                   /usr/lib/jvm/java-21-openjdk-amd64; do
    release=$(java_home_release "$candidate")
    if [ -n "$release" ] && [ "$release" -ge "$minimum" ]; then
      printf '%s\n' "$candidate"; return 0
    fi
  done
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    major) java_feature_release "${2:-}" ;;
    options)
      release=$(java_feature_release "${2:-}")
      if [ -z "$release" ]; then echo "$0: no Java version in: ${2:-}" >&2; exit 2; fi
      java_version_options "$release" ;;
    home-release) java_home_release "${2:-}"; echo ;;
    *) echo "usage: $0 major VERSION-TEXT | options VERSION-TEXT | home-release JAVA_HOME" >&2; exit 2 ;;
  esac
fi
