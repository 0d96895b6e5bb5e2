#!/usr/bin/env bash
# Regenerates Framewright's EMF code from bundles/org.framewright.model/model/framework.genmodel and
# prints what changed. This is THE way to regenerate; never edit anything under src-gen/ by hand.
#
#   releng/regenerate-model.sh                  reconcile the genmodel with framework.ecore (in memory)
#                                               and regenerate model + edit code
#   releng/regenerate-model.sh --save-genmodel  the same, and write the reconciled genmodel back
#                                               (do this after every change to framework.ecore)
#   releng/regenerate-model.sh --check          regenerate with --save-genmodel, then exit 1 if git shows
#                                               any change under bundles/org.framewright.model*/ (for CI)
#   --merge                                     merge into the existing src-gen code (JMerger) instead of
#                                               generating it afresh; only needed to keep "@generated NOT"
#                                               members, which Framewright keeps out of src-gen (STYLE.md)
#
# By default both src-gen folders are emptied and generated afresh, so their content depends on the .ecore
# and .genmodel alone: no stale imports, and the files of a class removed from the .ecore disappear.
# Files that come out byte-identical keep their timestamps. The run stops, deleting nothing, if src-gen
# holds a hand-written file or "@generated NOT" member.
#
# Output: bundles/org.framewright.model/src-gen, bundles/org.framewright.model.edit/src-gen, and in both
# bundles META-INF/MANIFEST.MF and build.properties (only created when missing, never changed after),
# plugin.xml (missing @generated extensions added, hand-written ones kept), plugin.properties (missing
# keys appended, edited values kept), plus icons/ in the edit bundle (only added: existing icons are kept,
# icons and plugin.properties keys of removed classes are not deleted).
#
# Needs mvn (any 3.x) and a JDK 17 or newer (JAVA_HOME, else `java` on PATH). The generator is the plain
# Maven project releng/codegen (not part of the Tycho build); it is built here on every run.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
genmodel=bundles/org.framewright.model/model/framework.genmodel
outputs=(bundles/org.framewright.model bundles/org.framewright.model.edit)

check=false
save=()
clean=(--clean)
for arg in "$@"; do
  case $arg in
    --check) check=true; save=(--save-genmodel) ;;
    --save-genmodel) save=(--save-genmodel) ;;
    --merge) clean=() ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "regenerate-model: unknown argument '$arg' (use --save-genmodel, --check, --merge or --help)" >&2; exit 2 ;;
  esac
done

command -v mvn >/dev/null || { echo "regenerate-model: 'mvn' is not on PATH (Debian: apt-get install maven)" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$root"

# Checksums of the generated bundles' files (those git does not ignore), to list what the run changed.
snapshot() {
  local dir
  for dir in "${outputs[@]}"; do
    if [ ! -d "$dir" ]; then continue; fi
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
      git ls-files --cached --others --exclude-standard -- "$dir" | while read -r f; do [ -f "$f" ] && echo "$f"; done
    else
      find "$dir" -type f -not -path "*/bin/*" -not -path "*/target/*"
    fi
  done | LC_ALL=C sort -u | xargs -r sha256sum
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
snapshot > "$work/before"

codegen=releng/codegen
if ! mvn -q -B -f "$codegen/pom.xml" compile dependency:build-classpath \
       -Dmdep.outputFile=target/classpath.txt > "$work/mvn.log" 2>&1; then
  cat "$work/mvn.log" >&2
  echo "regenerate-model: building the generator in $codegen failed" >&2
  exit 2
fi
"$java" -cp "$codegen/target/classes:$(cat "$codegen/target/classpath.txt")" \
  org.framewright.codegen.ModelCodeGenerator --root "$root" "${save[@]}" "${clean[@]}" "$genmodel" \
  || { echo "regenerate-model: generation failed" >&2; exit 2; }

snapshot > "$work/after"
changes=$(LC_ALL=C join -a1 -a2 -1 2 -2 2 -e '-' -o '0,1.1,2.1' \
            <(LC_ALL=C sort -k2 "$work/before") <(LC_ALL=C sort -k2 "$work/after") \
          | awk '$2 == "-" { print "  added    " $1; next }
                 $3 == "-" { print "  removed  " $1; next }
                 $2 != $3  { print "  changed  " $1 }')
if [ -z "$changes" ]; then
  echo "regenerate-model: nothing changed"
else
  echo "regenerate-model: $(wc -l <<<"$changes") file(s) changed by this run:"
  echo "$changes"
fi

if $check; then
  status=$(git status --porcelain --untracked-files=all -- 'bundles/org.framewright.model*')
  if [ -n "$status" ]; then
    echo "regenerate-model --check: the generated code or genmodel is not up to date with framework.ecore;" >&2
    echo "run releng/regenerate-model.sh --save-genmodel and commit the result. git status:" >&2
    echo "$status" | head -50 >&2
    exit 1
  fi
  echo "regenerate-model --check: generated code is up to date"
fi
