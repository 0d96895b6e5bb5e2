#!/usr/bin/env bash
# Benchmark of the Monte Carlo fast path (not a test): draws per second for 10^4, 10^5 and 10^6 draws on the real
# 2023-24 ASCOF data (153 councils, the 6 outcome-area weights perturbed +-25%, ranks every draw) and on 1,530
# synthetic councils (the real ones replicated 10 times with seeded jitter), the memory the rank counts take, and
# the ratio to a C loop doing the same arithmetic (simulate_loop.c, which must report the same checksum).
# Also times one whole `./framewright simulate` run of 10^6 draws, JVM start and data import included.
# Then the CSCI 2006 star rating (matrix, rounding, levels) on 180 generated councils (csci_councils.sh, seed 2006),
# the 5 client-group weights of agg-outcomes perturbed +-25 %: the rating kernel for 10^4, 10^5 and 10^6 draws, and
# the general path (every draw re-scored by the engine, the path these schemes took before) for GENERAL_DRAWS draws
# (default 1000); both print the checksum of the same rank and rating counts. `uptime` is printed with each part.
# Last, the CQC LA rating (simulate_cqc.sh).
#
# Usage: releng/benchmarks/simulate.sh [THREADS]   (default 2; needs gcc with OpenMP and the built product)
# LARGE_DRAWS=10000,100000 limits the draw counts of the 1,530-council set (10^6 there takes minutes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-2}"
data="$root/../shared/data/ascof/trend_data.csv"
model="$root/bundles/org.framewright.samples/models/ascof-2023-24.framework"
[ -f "$data" ] || { echo "simulate.sh: $data not found (shared/data beside the checkout)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

gcc -O2 -ffp-contract=off -fopenmp "$here/simulate_loop.c" -o "$work/simulate_loop" -lm

echo "== Java fast path (in-process timing, after warm-up), $threads threads; $(uptime)"
"$root/framewright" benchmark-simulation "$model" --data "$data" --period 2023-24 --perturb-rules agg-overall \
  --draws 10000,100000,1000000 --large-draws "${LARGE_DRAWS:-10000,100000,1000000}" --factor 10 --threads "$threads" --export-for-c "$work" | tee "$work/java.csv"

echo
echo "== C reference loop (same draws, same arithmetic), $threads threads"
echo "councils,draws,threads,seconds,draws_per_second,checksum,java_seconds,java_over_c,same_counts"
tail -n +2 "$work/java.csv" | while IFS=, read -r councils draws _ jseconds _ _ _ jsum; do
  read -r _ _ _ cseconds csum < <("$work/simulate_loop" "$work/councils-$councils.txt" "$draws" 1 0.25 "$threads")
  awk -v n="$councils" -v d="$draws" -v t="$threads" -v cs="$cseconds" -v js="$jseconds" -v c="$csum" -v j="$jsum" \
    'BEGIN { printf "%d,%d,%d,%.3f,%.0f,%s,%.3f,%.2f,%s\n", n, d, t, cs, d / cs, c, js, js / cs, (c "" == j "" ? "yes" : "NO") }'
done

echo
echo "== End to end: ./framewright simulate, 10^6 draws (JVM start, model load, data import, scoring included)"
start=$(date +%s.%N)
"$root/framewright" simulate "$model" --data "$data" --period 2023-24 --samples 1000000 --seed 1 \
  --perturb weights:0.25 --perturb-rules agg-overall --threads "$threads" --format csv > "$work/out.csv"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall %.2f s\n", e - s }'
start=$(date +%s.%N)
"$work/simulate_loop" "$work/councils-153.txt" 1000000 1 0.25 "$threads" > /dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "C process for the same draws: wall %.2f s\n", e - s }'

echo
csci="$root/bundles/org.framewright.samples/models/csci-2006.framework"
"$here/csci_councils.sh" 180 2006 > "$work/csci-180.csv"
echo "== CSCI 2006 star rating, 180 councils, client-group weights +-25 %, rating kernel, $threads threads; $(uptime)"
"$root/framewright" benchmark-simulation "$csci" --data "$work/csci-180.csv" --perturb-rules agg-outcomes \
  --draws "${CSCI_DRAWS:-10000,100000,1000000}" --threads "$threads" --path fast
echo "== the same on the general path (engine per draw: before the rating kernel); $(uptime)"
"$root/framewright" benchmark-simulation "$csci" --data "$work/csci-180.csv" --perturb-rules agg-outcomes \
  --draws "${GENERAL_DRAWS:-1000}" --threads "$threads" --path general
echo "== End to end: ./framewright simulate on CSCI, 10^5 draws; $(uptime)"
start=$(date +%s.%N)
"$root/framewright" simulate "$csci" --data "$work/csci-180.csv" --samples 100000 --seed 1 --perturb weights:0.25 \
  --perturb-rules agg-outcomes --threads "$threads" --format csv > "$work/csci-out.csv"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall %.2f s\n", e - s }'

echo
"$here/simulate_cqc.sh" "$threads"
