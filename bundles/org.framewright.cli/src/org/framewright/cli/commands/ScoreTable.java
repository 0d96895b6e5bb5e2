package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;

/** The readable table of {@code framewright score}: one line per council; numbers right-aligned, text left. */
final class ScoreTable {

    private ScoreTable() {
    }

    static String render(Framework framework, ScoringResult result) {
        List<String> areas = new ArrayList<>();
        for (Area area : framework.getAreas()) {
            if (result.nodeIds().contains(area.getId())) {
                areas.add(area.getId());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Council", "Overall", "Rating", "Rank"));
        areas.forEach(header::add);
        rows.add(header);
        for (CouncilResult council : result.councils()) {
            List<String> row = new ArrayList<>();
            row.add(council.council().getName() == null ? council.council().getId() : council.council().getName());
            row.add(ScoreFormat.format(council.overall().score()));
            row.add(council.overall().rating());
            row.add(council.rank() == null ? "" : council.rank().toString());
            for (String area : areas) {
                NodeResult node = council.nodes().get(area);
                String score = ScoreFormat.format(node.score());
                row.add(node.rating().isEmpty() || node.rating().equals(score) ? score : score + " " + node.rating());
            }
            rows.add(row);
        }
        return align(rows);
    }

    /** {@code rows} (the first is the header) as aligned columns: numbers right-aligned, text left. */
    static String align(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
                numeric[c] &= row == rows.get(0) || row.get(c).matches("-?[0-9.]*");
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String padding = " ".repeat(widths[c] - cell.length());
                line.append(numeric[c] ? padding + cell : cell + padding).append(c + 1 < columns ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
