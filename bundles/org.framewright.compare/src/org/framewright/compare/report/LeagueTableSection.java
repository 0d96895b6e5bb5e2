package org.framewright.compare.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.framewright.compare.internal.HtmlPage;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringResult;

/** The league table: councils by rank (unranked last, best overall score first), rating and top-level areas. */
final class LeagueTableSection {

    private LeagueTableSection() {
    }

    static void write(HtmlPage page, Framework framework, ScoringResult result) {
        List<String> areaIds = framework.getAreas().stream().map(Area::getId).filter(result.nodeIds()::contains)
            .toList();
        // columns that no council fills (no region in the data, no rating in a composite index) are left out
        boolean regions = result.councils().stream().anyMatch(c -> c.council().getRegion() != null
            && !c.council().getRegion().isBlank());
        boolean ratings = result.councils().stream().anyMatch(c -> c.overall() != null
            && !c.overall().rating().isEmpty());
        List<String> headers = new ArrayList<>(List.of("Rank#", "Council", "Code"));
        if (regions) {
            headers.add("Region");
        }
        headers.add("Overall#");
        if (ratings) {
            headers.add("Rating");
        }
        areaIds.forEach(id -> headers.add(id + "#"));
        List<CouncilResult> councils = new ArrayList<>(result.councils());
        // a scheme without ranking leaves every rank empty: then the best overall score comes first
        councils.sort(Comparator.comparing((CouncilResult c) -> c.rank() == null ? Integer.MAX_VALUE : c.rank())
            .thenComparing(c -> c.overall() == null || c.overall().score() == null ? Double.POSITIVE_INFINITY
                : -c.overall().score())
            .thenComparing(c -> Objects.toString(c.council().getName(), "")));
        List<List<String>> rows = new ArrayList<>();
        for (CouncilResult council : councils) {
            NodeResult overall = council.overall();
            List<String> row = new ArrayList<>(List.of(council.rank() == null ? "-" : council.rank().toString(),
                esc(council.council().getName()), esc(council.council().getId())));
            if (regions) {
                row.add(esc(council.council().getRegion()));
            }
            row.add(number(overall));
            if (ratings) {
                row.add(esc(overall == null ? "" : overall.rating()));
            }
            areaIds.forEach(id -> row.add(number(council.nodes().get(id))));
            rows.add(row);
        }
        page.heading(2, "League table");
        page.table("league", headers, rows);
    }

    static String number(NodeResult result) {
        Double score = result == null ? null : result.score();
        if (score == null || !Double.isFinite(score)) {
            return "-";
        }
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String esc(String text) {
        return HtmlPage.escape(Objects.toString(text, ""));
    }
}
