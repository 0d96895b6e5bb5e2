#!/usr/bin/env bash
# Benchmark of the rating kernel on the CQC local authority rating (not a test): 153 generated councils scored per
# quality statement and evidence category (cqc_councils.sh, seed 2023), the sample's scheme with weighted categories
# (cqc_category_weights.sh), the 6 category weights of agg-statements perturbed +-25 %: draws per second of the
# rating kernel for 10^4, 10^5 and 10^6 draws and of the general path (every draw re-scored by the engine, the path
# such a scheme took before) for GENERAL_DRAWS draws (default 1000); both print the checksum of their rank and rating
# counts. Then one whole `./framewright simulate` run of 10^5 draws, and the same on the sample's own scheme (no
# weights: the themes' method drawn per draw) to show its summary line. `uptime` is printed with each part.
#
# Usage: releng/benchmarks/simulate_cqc.sh [THREADS]   (default 2; needs the built product). Also run by simulate.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
threads="${1:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$here/cqc_councils.sh" 153 2023 > "$work/cqc-153.csv"
"$here/cqc_category_weights.sh" > "$work/cqc-weighted.framework"
echo "== CQC LA rating, 153 councils, category weights +-25 %, rating kernel, $threads threads; $(uptime)"
"$root/framewright" benchmark-simulation "$work/cqc-weighted.framework" --data "$work/cqc-153.csv" \
  --perturb-rules agg-statements --draws "${CQC_DRAWS:-10000,100000,1000000}" --threads "$threads" --path fast
echo "== the same on the general path (engine per draw: before the rating kernel); $(uptime)"
"$root/framewright" benchmark-simulation "$work/cqc-weighted.framework" --data "$work/cqc-153.csv" \
  --perturb-rules agg-statements --draws "${GENERAL_DRAWS:-1000}" --threads "$threads" --path general
echo "== End to end: ./framewright simulate on CQC (weighted categories), 10^5 draws; $(uptime)"
start=$(date +%s.%N)
"$root/framewright" simulate "$work/cqc-weighted.framework" --data "$work/cqc-153.csv" --samples 100000 --seed 1 \
  --perturb weights:0.25 --perturb-rules agg-statements --threads "$threads" --format csv > "$work/cqc-out.csv"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall %.2f s\n", e - s }'
echo "== The sample's own scheme (no weights; method of agg-themes drawn per draw), 10^4 draws"
"$root/framewright" simulate "$root/bundles/org.framewright.samples/models/cqc-la-2023.framework" \
  --data "$work/cqc-153.csv" --samples 10000 --seed 1 --methods agg-themes=percent-of-maximum,median,minimum \
  --threads "$threads" --format csv > /dev/null
