# shellcheck shell=bash
# Shared shell helpers for ./mvnw, ./framewright and .ci/run. Source it; do not execute it.
#
#   FW_ROOT must be set to the repository root before sourcing.
#   fw_find_jdk      exports JAVA_HOME = a JDK >= FW_MIN_JAVA (21): $JAVA_HOME if new enough, else the newest
#                    /usr/lib/jvm/* (FW_JVM_DIRS overrides the folders searched), else `java` on PATH.
#   fw_ensure_maven  sets FW_MAVEN_HOME to Maven $FW_MAVEN_VERSION, bootstrapping it on first use into
#                    $FW_ROOT/.mvn/bootstrap/ (git-ignored) with the installed `mvn` (any 3.x) from the local
#                    Maven repository / the configured remote repository. No download address is written here.
#   fw_die MSG       prints "framewright: error: MSG" on stderr and exits 2.

: "${FW_ROOT:?FW_ROOT must be set before sourcing releng/scripts/env.sh}"
FW_MIN_JAVA=21
FW_MAVEN_VERSION=3.9.11
FW_MAVEN_BOOTSTRAP_DIR="$FW_ROOT/.mvn/bootstrap"
# maven-dependency-plugin version used by the bootstrap (pinned: the installed Maven's default is older).
FW_DEPENDENCY_PLUGIN_VERSION=3.8.1

fw_die() {
  echo "framewright: error: $*" >&2
  exit 2
}

# fw_java_feature HOME -> prints the Java feature release of the JDK/JRE in HOME (e.g. 25), or fails.
fw_java_feature() {
  local home=$1 v=
  [ -x "$home/bin/java" ] || return 1
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  fi
  v=${v#1.}
  v=${v%%[^0-9]*}
  [ -n "$v" ] || return 1
  echo "$v"
}

fw_find_jdk() {
  local best= best_v=0 home v
  if [ -n "${JAVA_HOME:-}" ] && v=$(fw_java_feature "$JAVA_HOME") && [ "$v" -ge "$FW_MIN_JAVA" ]; then
    export JAVA_HOME
    return 0
  fi
  for home in ${FW_JVM_DIRS:-/usr/lib/jvm/*}; do
    [ -d "$home" ] || continue
    home=$(readlink -f "$home")
    v=$(fw_java_feature "$home") || continue
    if [ "$v" -ge "$FW_MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then
      best=$home best_v=$v
    fi
  done
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    if v=$(fw_java_feature "$home") && [ "$v" -ge "$FW_MIN_JAVA" ]; then
      best=$home
    fi
  fi
  [ -n "$best" ] || fw_die "no JDK >= $FW_MIN_JAVA found (JAVA_HOME=${JAVA_HOME:-unset}, searched ${FW_JVM_DIRS:-/usr/lib/jvm/*} and PATH). Install one, e.g. a Temurin 21+ JDK, or set JAVA_HOME."
  export JAVA_HOME=$best
}

fw_ensure_maven() {
  FW_MAVEN_HOME="$FW_MAVEN_BOOTSTRAP_DIR/apache-maven-$FW_MAVEN_VERSION"
  [ -x "$FW_MAVEN_HOME/bin/mvn" ] && return 0
  command -v mvn >/dev/null 2>&1 \
    || fw_die "Maven $FW_MAVEN_VERSION is not bootstrapped yet and no 'mvn' (any 3.x) is on PATH to fetch it (Debian: apt-get install maven)."
  echo "framewright: bootstrapping Maven $FW_MAVEN_VERSION into ${FW_MAVEN_HOME#"$FW_ROOT"/} ..." >&2
  mkdir -p "$FW_MAVEN_BOOTSTRAP_DIR"
  local tmp
  tmp=$(mktemp -d "$FW_MAVEN_BOOTSTRAP_DIR/.tmp.XXXXXX")
  # Run outside the reactor: the top-level pom.xml needs Tycho, which the installed Maven cannot load.
  if ! (cd "$tmp" && mvn -q -B \
          "org.apache.maven.plugins:maven-dependency-plugin:$FW_DEPENDENCY_PLUGIN_VERSION:copy" \
          "-Dartifact=org.apache.maven:apache-maven:$FW_MAVEN_VERSION:zip:bin" \
          "-DoutputDirectory=$tmp" >"$tmp/bootstrap.log" 2>&1) \
     || ! unzip -q "$tmp/apache-maven-$FW_MAVEN_VERSION-bin.zip" -d "$tmp"; then
    cat "$tmp/bootstrap.log" >&2 || true
    rm -rf "$tmp"
    fw_die "could not bootstrap Maven $FW_MAVEN_VERSION with $(command -v mvn)"
  fi
  # Another run may have finished first; either copy is fine.
  mv "$tmp/apache-maven-$FW_MAVEN_VERSION" "$FW_MAVEN_HOME" 2>/dev/null || [ -x "$FW_MAVEN_HOME/bin/mvn" ]
  rm -rf "$tmp"
}
