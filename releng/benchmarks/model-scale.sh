#!/usr/bin/env bash
# Benchmark of the model operations on large frameworks (not a test): load, validate, diff, format and score of
# frameworks made of 1, 5, 10, 20 and 50 copies of ADASS 2020 Option Two inside one framework (each copy's ids
# suffixed -c<n>, its references kept within the copy; ~765 elements with ids per copy), generated reproducibly by
# `./framewright benchmark-model`, which also times the operations in-process after warm-up. Then each command is
# timed as a whole process (JVM and OSGi start included; median of RUNS runs) next to `--version` alone.
# Prints CSV and Markdown tables with the growth exponent k between sizes (t2/t1 = (n2/n1)^k: 1 linear, 2 quadratic)
# and the one-minute load average (the build machine is shared).
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

# median wall-clock seconds of RUNS runs of the command given
wall() {
  local i start end times=()
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || true
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) }'
}

echo
echo "== Whole process (median of $runs runs, JVM start included)"
echo "copies,command,seconds,load_average"
results="$work/whole-process.csv"
: > "$results"
printf '0,--version,%s,%s\n' "$(wall "$root/framewright" --version)" "$(load_average)" | tee -a "$results"
for n in ${copies//,/ }; do
  model="$work/replicated-$n.framework"
  cp "$model" "$work/other-$n.framework"
  cp "$model" "$work/format-$n.framework"
  printf '%s,validate,%s,%s\n' "$n" "$(wall "$root/framewright" validate "$model")" "$(load_average)" | tee -a "$results"
  printf '%s,diff,%s,%s\n' "$n" "$(wall "$root/framewright" diff "$model" "$work/other-$n.framework")" "$(load_average)" \
    | tee -a "$results"
  printf '%s,format,%s,%s\n' "$n" "$(wall "$root/framewright" format "$work/format-$n.framework")" "$(load_average)" \
    | tee -a "$results"
  printf '%s,score,%s,%s\n' "$n" "$(wall "$root/framewright" score "$model" --data "$work/replicated-$n.csv" \
    --format csv)" "$(load_average)" | tee -a "$results"
done

echo
awk -F, -v sizes="$copies" '
  BEGIN { n = split(sizes, size, ","); header = "| command |"; rule = "| --- |"
    for (i = 1; i <= n; i++) { header = header " " size[i] " s |"; rule = rule " ---: |" }
    for (i = 2; i <= n; i++) { header = header " k " size[i - 1] "->" size[i] " |"; rule = rule " ---: |" }
    print header; print rule }
  $1 == 0 { version = $3; next }
  { t[$2, $1] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++m] = $2 } }
  END {
    for (j = 1; j <= m; j++) {
      c = order[j]; row = "| " c " |"
      for (i = 1; i <= n; i++) row = row " " t[c, size[i]] " |"
      for (i = 2; i <= n; i++) row = row sprintf(" %.2f |", log(t[c, size[i]] / t[c, size[i - 1]]) / log(size[i] / size[i - 1]))
      print row
    }
    printf "\n`--version` alone: %s s. validate %s copies / 1 copy: %.2f\n", version, size[n], t["validate", size[n]] / t["validate", size[1]]
  }' "$results"
