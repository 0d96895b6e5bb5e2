#!/usr/bin/env bash
# Writes N councils (default 180) for the CSCI 2006 star-rating sample as CSV, reproducibly from SEED (default 2006):
# every outcome O1-O7 graded 1-4 per client group (OP, CAR, LD, MH, PSD), leadership L and commissioning C graded
# 1-4. Outcome o of council i leaves out the client groups of bit pattern (i + 5 o) mod 32, so every missing-group
# pattern occurs (31: the outcome has no evidence at all); grades come from a Park-Miller generator, so any awk
# gives the same file. Usage: releng/benchmarks/csci_councils.sh [N] [SEED] > councils.csv
set -euo pipefail
awk -v n="${1:-180}" -v seed="${2:-2006}" 'BEGIN {
  x = seed % 2147483647; if (x <= 0) x += 2147483646
  split("OP CAR LD MH PSD", groups, " ")
  print "council,council_name,period,id,group,category,value"
  for (i = 0; i < n; i++) {
    code = sprintf("E0%07d", 6000000 + i); name = "Generated council " (i + 1)
    for (o = 1; o <= 7; o++) {
      mask = (i + 5 * o) % 32
      for (g = 1; g <= 5; g++) {
        x = (x * 16807) % 2147483647
        if (int(mask / 2 ^ (g - 1)) % 2 == 1) continue
        printf "%s,%s,2006-07,O%d,%s,,%d\n", code, name, o, groups[g], 1 + x % 4
      }
    }
    x = (x * 16807) % 2147483647; printf "%s,%s,2006-07,L,,,%d\n", code, name, 1 + x % 4
    x = (x * 16807) % 2147483647; printf "%s,%s,2006-07,C,,,%d\n", code, name, 1 + x % 4
  }
}'
