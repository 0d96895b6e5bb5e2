#!/usr/bin/env bash
# Benchmark of the rating kernel against a C loop doing the same arithmetic (not a test): the CSCI 2006 star rating
# on 180 councils (csci_councils.sh, seed 2006; the 5 client-group weights of agg-outcomes perturbed +-25 %) and the
# CQC LA rating on 153 councils (cqc_councils.sh, seed 2023; the sample with the 6 evidence-category weights of
# agg-statements from cqc_category_weights.sh, perturbed +-25 %). For each, `benchmark-simulation --path fast
# --export-for-c` times the Java kernel (in-process, after a warm-up) and writes its compiled model and random
# streams (rating-N.txt); simulate_rating_loop.c (gcc -O2 -ffp-contract=off -fopenmp) runs the same draws on that
# export. Prints per scheme and draw count: draws, Java s, Java draws/s, C s, C draws/s, Java/C, whether both counted
# the same ranks and ratings (equal checksums of the rank and rating histograms), the draws the C loop could
# not decide (those the Java kernel recomputes in the engine's decimal arithmetic; 0 expected) and the Java checksum. `uptime` before and
# after each scheme: the machine is shared, so say what the load was.
#
# Usage: releng/benchmarks/rating_c_compare.sh [THREADS]   (default 2; needs gcc with OpenMP and the built product)
# DRAWS=10000,100000 limits the draw counts (default 10^4, 10^5, 10^6). Each count is one Java process (warm-up
# included, not timed) followed at once by the C loop, so both meet about the same load; ROUNDS=N repeats each pair
# N times and keeps the fastest of each (default 1).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-2}"
draws="${DRAWS:-10000,100000,1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gcc -O2 -ffp-contract=off -fopenmp "$here/simulate_rating_loop.c" -o "$work/simulate_rating_loop" -lm
"$here/csci_councils.sh" 180 2006 > "$work/csci-180.csv"
"$here/cqc_councils.sh" 153 2023 > "$work/cqc-153.csv"
"$here/cqc_category_weights.sh" > "$work/cqc-weighted.framework"

# compare NAME MODEL DATA RULES: per draw count, Java then at once C on the same export (best of ROUNDS pairs)
compare() {
  local name="$1" model="$2" data="$3" rules="$4" export="$work/$1"
  echo "== $name, rating kernel against the C loop, $threads threads"
  echo "before: $(uptime)"
  echo "draws,java_s,java_draws_per_s,c_s,c_draws_per_s,java_over_c,same_counts,c_undecided_draws,checksum"
  for n in ${draws//,/ }; do
    local best_java="" best_c="" jsum="" csum="" undecided=0
    for _ in $(seq "${ROUNDS:-1}"); do
      "$root/framewright" benchmark-simulation "$model" --data "$data" --perturb-rules "$rules" --draws "$n" \
        --threads "$threads" --path fast --export-for-c "$export" > "$work/$name-java.csv"
      IFS=, read -r councils _ _ jseconds _ _ _ jsum < <(tail -n 1 "$work/$name-java.csv")
      read -r _ _ _ cseconds csum undecided < <("$work/simulate_rating_loop" "$export/rating-$councils.txt" "$n" \
        "$threads")
      best_java=$(awk -v a="$best_java" -v b="$jseconds" 'BEGIN { print (a == "" || b < a) ? b : a }')
      best_c=$(awk -v a="$best_c" -v b="$cseconds" 'BEGIN { print (a == "" || b < a) ? b : a }')
    done
    awk -v d="$n" -v js="$best_java" -v cs="$best_c" -v c="$csum" -v j="$jsum" -v u="$undecided" \
      'BEGIN { printf "%d,%.3f,%.0f,%.3f,%.0f,%.2f,%s,%d,%s\n", d, js, d / js, cs, d / cs, js / cs, (c "" == j "" ? "yes" : "NO"), u, j }'
  done
  echo "after: $(uptime)"
  echo
}

compare csci "$root/bundles/org.framewright.samples/models/csci-2006.framework" "$work/csci-180.csv" agg-outcomes
compare cqc "$work/cqc-weighted.framework" "$work/cqc-153.csv" agg-statements
