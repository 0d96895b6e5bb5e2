#!/usr/bin/env bash
# Writes the CQC local authority sample with weighted evidence categories (CQC states no weights; this gives the
# benchmark an uncertain input, "weights of agg-statements"): the statements' rule becomes a weighted mean of the
# category scores (people's experience 25 %, the other five 15 % each), rounded half up to two decimals and banded
# on the sample's percent bands divided by 25 (1.00-1.55, 1.56-2.51, 2.52-3.51, 3.52-4.00 to scores 1-4); themes and
# overall rating as in the sample. The same variant as CqcCouncils.weighCategories in the simulation tests.
# Usage: releng/benchmarks/cqc_category_weights.sh > cqc-weighted.framework
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
perl -0pe '
  s{(<aggregations id="agg-statements"[^>]*?)method="percent of maximum" maximum="4.0"\s+banding="statement-bands"([^>]*>)\s*<rounding mode="half up"/>}
   {$1method="weighted mean" banding="statement-mean-bands"$2
      <weights part="people" percent="25.0"/>
      <weights part="staff" percent="15.0"/>
      <weights part="partners" percent="15.0"/>
      <weights part="observation" percent="15.0"/>
      <weights part="processes" percent="15.0"/>
      <weights part="outcomes" percent="15.0"/>
      <rounding mode="half up" decimals="2"/>}s or die "agg-statements not found\n";
  s{(\s*<bandings id="rating-bands")}
   {
    <bandings id="statement-mean-bands" name="Quality statement score bands (weighted mean)" scale="qs-score" step="0.01">
      <bands id="statement-mean-band-1" lower="1.0" upper="1.55" level="qs-score-1"/>
      <bands id="statement-mean-band-2" lower="1.56" upper="2.51" level="qs-score-2"/>
      <bands id="statement-mean-band-3" lower="2.52" upper="3.51" level="qs-score-3"/>
      <bands id="statement-mean-band-4" lower="3.52" upper="4.0" level="qs-score-4"/>
    </bandings>$1}s or die "rating-bands not found\n";
' "$root/bundles/org.framewright.samples/models/cqc-la-2023.framework"
