#!/usr/bin/env bash
# Writes N councils (default 153) for the CQC local authority sample as CSV, reproducibly from SEED (default 2023):
# each council has a tendency 1-4 and scores every quality statement QS1-QS9 in each of the six evidence categories
# at its tendency +-1 (within 1-4); a category is left unscored one time in six and one statement in ten is also
# scored directly (the sample's statements take a direct score first). A Park-Miller generator, so any awk gives the
# same file. Usage: releng/benchmarks/cqc_councils.sh [N] [SEED] > councils.csv
set -euo pipefail
awk -v n="${1:-153}" -v seed="${2:-2023}" 'function next_int(k) { x = (x * 16807) % 2147483647; return x % k }
BEGIN {
  x = seed % 2147483647; if (x <= 0) x += 2147483646
  split("people staff partners observation processes outcomes", categories, " ")
  print "council,council_name,period,id,group,category,value"
  for (i = 0; i < n; i++) {
    code = sprintf("E0%07d", 9000000 + i); name = "Generated council " (i + 1)
    tendency = 1 + next_int(4)
    for (s = 1; s <= 9; s++) {
      if (next_int(10) == 0) printf "%s,%s,2023-24,QS%d,,,%d\n", code, name, s, 1 + next_int(4)
      for (k = 1; k <= 6; k++) {
        if (next_int(6) == 0) continue
        score = tendency + next_int(3) - 1
        printf "%s,%s,2023-24,QS%d,,%s,%d\n", code, name, s, categories[k], score < 1 ? 1 : (score > 4 ? 4 : score)
      }
    }
  }
}'
