#!/usr/bin/env bash
# Start-up benchmark of the CLI (issue 15; not a test): `--version`, `validate` of one sample and `score` of the 153
# councils of ASCOF 2023-24 (the real data beside the checkout), each timed as a whole process, RUNS rounds (every
# command once per round, so load changes hit all alike), before and after the start-up work:
#   before: no class-data-sharing archive (FRAMEWRIGHT_CDS=off) and the framework at start level 6, so that SPI Fly
#           starts with every command, as it did before
#   after:  ./framewright as it is (the archive of each command is made by the first run of that command, which is
#           left out of the timings; SPI Fly only for the commands that need it)
# Prints per command the median wall-clock and CPU (user + system) seconds of both, the ratio, and the one-minute
# load average (the build machine is shared: CPU seconds are disturbed far less by other people's builds).
#
# Usage: releng/benchmarks/startup.sh   (RUNS=5 rounds by default; needs the built product)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
sample="$root/bundles/org.framewright.samples/models/adass-2020-option-two.framework"
ascof="$root/bundles/org.framewright.samples/models/ascof-2023-24.framework"
data="$root/../shared/data/ascof/trend_data.csv"
[ -f "$data" ] || { echo "startup.sh: no real data at $data" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

commands=("--version" "validate $sample" "score $ascof --data $data --period 2023-24")
names=("--version" "validate (1 sample)" "score (153 councils)")

# one run: "wall cpu load"
run() {
  local setup=$1; shift
  if [ "$setup" = before ]; then
    FRAMEWRIGHT_CDS=off FRAMEWRIGHT_JAVA_OPTS="-Dosgi.startLevel=6 ${FRAMEWRIGHT_JAVA_OPTS:-}" \
      /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$root/framewright" "$@" > /dev/null 2>&1 || true
  else
    /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$root/framewright" "$@" > /dev/null 2>&1 || true
  fi
  awk -v load="$(cut -d' ' -f1 /proc/loadavg)" '{ printf "%.3f %.3f %s\n", $1, $2 + $3, load }' "$work/time.txt"
}

# first runs (class-data-sharing archives written, OSGi configuration cached), not timed
for i in "${!commands[@]}"; do
  # shellcheck disable=SC2086 # the command's words
  run after ${commands[$i]} > /dev/null
  # shellcheck disable=SC2086
  run before ${commands[$i]} > /dev/null
done

for ((round = 1; round <= runs; round++)); do
  for i in "${!commands[@]}"; do
    for setup in before after; do
      # shellcheck disable=SC2086
      echo "$i $setup $(run "$setup" ${commands[$i]})" >> "$work/runs.txt"
    done
  done
done

echo "| command | before wall s (CPU s) | after wall s (CPU s) | after / before, CPU | load average |"
echo "| --- | ---: | ---: | ---: | ---: |"
for i in "${!commands[@]}"; do
  awk -v i="$i" -v name="${names[$i]}" '
    function median(list,   n, a, k, j, t) { n = split(list, a, " ")
      for (k = 2; k <= n; k++) for (j = k; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
    $1 == i { wall[$2] = wall[$2] " " $3; cpu[$2] = cpu[$2] " " $4; load = load " " $5 }
    END { printf "| %s | %.2f (%.2f) | %.2f (%.2f) | %.2f | %.1f |\n", name, median(wall["before"]), median(cpu["before"]),
      median(wall["after"]), median(cpu["after"]), median(cpu["after"]) / median(cpu["before"]), median(load) }' "$work/runs.txt"
done
