#!/usr/bin/env bash
# Plugin install test (issue 14), run by the build after the product is materialised (releng/org.framewright.product,
# phase integration-test; skipped with -DskipTests) and by hand:
#
#   releng/scripts/plugin-install-test.sh [PRODUCT_DIR [UPDATE_SITE_DIR]]
#
# On a copy of the built product (the built one is never changed) and with its own OSGi configuration cache:
#   1. before: `plugins` lists nothing; `score` on the example's geometric sample exits 1 with FW-EXT-01
#   2. `install --repository file:SITE --feature org.framewright.examples.feature` exits 0; `plugins` lists it
#   3. `score --format csv` on the real 2023-24 ASCOF data exits 0; every council's overall score is the geometric
#      mean of its outcome-area scores (recomputed here from the area rows; 0 when an area scores 0), and differs from
#      their arithmetic mean for some council
#   4. bad input: a URL that is not file:/http(s):, a folder that is no update site, a feature the site does not have,
#      and uninstalling a feature that is not installed each exit 2 with a message naming the problem
#   5. `uninstall --feature org.framewright.examples.feature` exits 0; `plugins` lists nothing; `score` exits 1 again
# Needs the real data beside the checkout (../shared/data/ascof/trend_data.csv); skipped with a notice without it.
set -euo pipefail
FW_ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
built="$FW_ROOT/releng/org.framewright.product/target"
product=${1:-$built/products/org.framewright.product/linux/gtk/x86_64/framewright}
site=${2:-$built/repository}
model="$FW_ROOT/bundles/org.framewright.examples/models/ascof-2023-24-geometric.framework"
data="$FW_ROOT/../shared/data/ascof/trend_data.csv"
feature=org.framewright.examples.feature

fail() { echo "plugin-install-test: FAIL: $*" >&2; exit 1; }
[ -d "$product/plugins" ] || fail "no product in $product (build it first)"
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || fail "no update site in $site"
if [ ! -f "$data" ]; then
  echo "plugin-install-test: skipped: no real data at $data" >&2
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$product" "$work/framewright"
export FRAMEWRIGHT_PRODUCT="$work/framewright" XDG_CACHE_HOME="$work/cache"
start=$SECONDS

# fw ARGS...: runs the copy's CLI; sets $rc, $out (stdout) and $err (stderr)
fw() {
  rc=0
  "$FW_ROOT/framewright" "$@" >"$work/out" 2>"$work/err" || rc=$?
  out=$(cat "$work/out")
  err=$(cat "$work/err")
}
expect() { # expect RC MESSAGE-FRAGMENT WHAT
  [ "$rc" = "$1" ] || fail "$3: exit $rc, expected $1; stderr: $err"
  [ -z "$2" ] || grep -qF -- "$2" <<<"$err" || fail "$3: stderr does not say '$2': $err"
  case "$err" in *Exception*|*"	at "*) fail "$3: a stack trace on stderr: $err" ;; esac
  echo "plugin-install-test: ok: $3" >&2
}
score() { fw score "$model" --data "$data" --period 2023-24 --format csv; }

fw plugins
expect 0 "" "plugins before install"
[ -z "$out" ] || fail "plugins lists '$out' before anything was installed"
score
expect 1 "FW-EXT-01" "score before install fails with FW-EXT-01"
grep -qF "aggregation method 'geometric-mean': no installed plugin provides it" <<<"$err" \
  || fail "the FW-EXT-01 message does not name the method: $err"

fw install --repository "file:$site" --feature "$feature"
expect 0 "Installed $feature" "install from the update site"
fw plugins
expect 0 "" "plugins after install"
grep -qE "^$feature [0-9]+\.[0-9]+\.[0-9]+" <<<"$out" || fail "plugins does not list $feature: '$out'"

score
expect 0 "" "score after install"
[ "$(head -n 1 <<<"$out")" = "council,node,score,rating,rank" ] || fail "unexpected CSV header: $(head -n 1 <<<"$out")"
# Every council's overall = exp(mean(ln(area score))) over the areas with a score (1-6), 0 when one is 0.
checked=$(awk -F, '
  NR == 1 { next }
  $2 ~ /^[1-6]$/ && $3 != "" { n[$1]++; s[$1] += $3; if ($3 + 0 == 0) zero[$1] = 1; else l[$1] += log($3) }
  $2 == "overall" { overall[$1] = $3 }
  END {
    differs = 0; count = 0
    for (c in overall) {
      if (!(c in n)) { printf "FAIL %s has an overall score but no area score\n", c; exit }
      geo = (c in zero) ? 0 : exp(l[c] / n[c]); mean = s[c] / n[c]
      if (overall[c] == "" || (overall[c] - geo) ^ 2 > 1e-8) {
        printf "FAIL %s overall %s, geometric mean of its %d areas %.6f\n", c, overall[c], n[c], geo; exit
      }
      if ((geo - mean) ^ 2 > 1e-4) differs++
      count++
    }
    printf "%d %d\n", count, differs
  }' <<<"$out")
case "$checked" in FAIL*) fail "${checked#FAIL }" ;; esac
read -r councils differs <<<"$checked"
[ "$councils" -ge 150 ] || fail "only $councils councils scored"
[ "$differs" -gt 0 ] || fail "the overall scores equal the arithmetic means: geometric-mean was not used"
echo "plugin-install-test: ok: $councils councils' overall scores are the geometric means of their area scores" >&2

fw install --repository "ftp://example.invalid/site" --feature "$feature"
expect 2 "not a file: or http(s): URL" "install from an ftp: URL"
fw install --repository "file:$work" --feature "$feature"
expect 2 "is not an update site" "install from a folder that is no update site"
fw install --repository "file:$site" --feature org.framewright.no.such.feature
expect 2 "org.framewright.no.such.feature" "install of a feature the site does not have"
fw uninstall --feature org.framewright.no.such.feature
expect 2 "is not an installed plugin" "uninstall of a feature that is not installed"

fw uninstall --feature "$feature"
expect 0 "Uninstalled $feature" "uninstall"
fw plugins
expect 0 "" "plugins after uninstall"
[ -z "$out" ] || fail "plugins still lists '$out' after uninstall"
score
expect 1 "FW-EXT-01" "score after uninstall fails with FW-EXT-01 again"

echo "plugin-install-test: passed in $((SECONDS - start)) s" >&2
