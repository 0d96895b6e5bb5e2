#!/usr/bin/env bash
# Benchmark of the model operations on large frameworks (not a test): load, validate, diff, format and score of
# frameworks made of 1, 5, 10, 20 and 50 copies of ADASS 2020 Option Two inside one framework (each copy's ids
# suffixed -c<n>, its references kept within the copy; ~765 elements with ids per copy), generated reproducibly by
# `./framewright benchmark-model`, which also times the operations in-process after warm-up. Then each command is
# timed as a whole process (JVM and OSGi start included; median of RUNS runs) next to `--version` alone.
# Prints CSV and Markdown tables with the growth exponent k between sizes (t2/t1 = (n2/n1)^k: 1 linear, 2 quadratic)
# and the one-minute load average (the build machine is shared). Whole processes are given as wall-clock and CPU
# seconds (user + system); their exponents use CPU seconds, which other engineers' builds disturb far less.
#
# Usage: releng/benchmarks/model-scale.sh [COPIES]   (default 1,5,10,20,50; needs the built product)
# RUNS=3 whole-process runs per command and size; KEEP=DIR keeps the generated models and data in DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
copies="${1:-1,5,10,20,50}"
runs="${RUNS:-3}"
source_model="$root/bundles/org.framewright.samples/models/adass-2020-option-two.framework"
work="${KEEP:-$(mktemp -d)}"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

echo "== In-process (after warm-up), models generated into $work"
"$root/framewright" benchmark-model "$source_model" --copies "$copies" --out "$work"

load_average() { cut -d' ' -f1 /proc/loadavg; }

# one run of a command: "wall_seconds cpu_seconds" (user + system of the process and its children)
run() {
  /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
  awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$work/time.txt"
}

echo
echo "== Whole process (median of $runs rounds; each round runs every size once, so load changes hit all sizes alike)"
raw="$work/whole-process-runs.txt"
: > "$raw"
for ((round = 1; round <= runs; round++)); do
  echo "0 --version $(run "$root/framewright" --version) $(load_average)" >> "$raw"
  for n in ${copies//,/ }; do
    model="$work/replicated-$n.framework"
    cp "$model" "$work/other-$n.framework"
    cp "$model" "$work/format-$n.framework"
    echo "$n validate $(run "$root/framewright" validate "$model") $(load_average)" >> "$raw"
    echo "$n diff $(run "$root/framewright" diff "$model" "$work/other-$n.framework") $(load_average)" >> "$raw"
    echo "$n format $(run "$root/framewright" format "$work/format-$n.framework") $(load_average)" >> "$raw"
    echo "$n score $(run "$root/framewright" score "$model" --data "$work/replicated-$n.csv" --format csv) \
$(load_average)" >> "$raw"
  done
done

# medians per size and command: wall, CPU, load average
echo "copies,command,wall_s,cpu_s,load_average"
sort -k1,1n -k2,2 "$raw" | awk '
  function median(list,   n, a, i, j, t) { n = split(list, a, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { key = $1 "," $2; if (!(key in wall)) order[++m] = key
    wall[key] = wall[key] " " $3; cpu[key] = cpu[key] " " $4; load[key] = load[key] " " $5 }
  END { for (i = 1; i <= m; i++) printf "%s,%.2f,%.2f,%.1f\n", order[i], median(wall[order[i]]), median(cpu[order[i]]), median(load[order[i]]) }' \
  > "$work/whole-process.csv"
cat "$work/whole-process.csv"

echo
awk -F, -v sizes="$copies" '
  BEGIN { n = split(sizes, size, ","); header = "| command |"; rule = "| --- |"
    for (i = 1; i <= n; i++) { header = header " " size[i] " wall s (CPU s) |"; rule = rule " ---: |" }
    for (i = 2; i <= n; i++) { header = header " k CPU " size[i - 1] "->" size[i] " |"; rule = rule " ---: |" }
    print header; print rule }
  $1 == "copies" { next }
  $1 == 0 { version = $3; versionCpu = $4; next }
  { t[$2, $1] = $3; c[$2, $1] = $4; if (!($2 in seen)) { seen[$2] = 1; order[++m] = $2 } }
  END {
    for (j = 1; j <= m; j++) {
      k = order[j]; row = "| " k " |"
      for (i = 1; i <= n; i++) row = row " " t[k, size[i]] " (" c[k, size[i]] ") |"
      for (i = 2; i <= n; i++) row = row sprintf(" %.2f |", log(c[k, size[i]] / c[k, size[i - 1]]) / log(size[i] / size[i - 1]))
      print row
    }
    printf "\n`--version` alone: %s s wall (%s s CPU). validate of %s copies / of %s: %.2f wall, %.2f CPU\n", version, versionCpu,
      size[n], size[1], t["validate", size[n]] / t["validate", size[1]], c["validate", size[n]] / c["validate", size[1]]
  }' "$work/whole-process.csv"
