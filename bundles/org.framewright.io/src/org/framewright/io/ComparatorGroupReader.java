package org.framewright.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framewright.io.internal.GroupJson;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.FrameworkFactory;

/**
 * Reads comparator groups of councils from a file:
 * <ul>
 * <li>{@code .json}: Oflog's nearest-neighbour file, an object mapping each council's ONS code to its group of
 * similar councils including itself ({@code "E06000001": ["E06000001", "E06000002", ...]}); each entry becomes a
 * {@link ComparatorKind#SIMILAR_COUNCILS} group with id {@code nn-CODE} and {@code anchor} CODE;</li>
 * <li>a CSV whose header has the columns {@code Council type}, {@code Council region} and {@code ONS Area Code}
 * (the ONS codes list published with the ASCOF data, {@code ascof/ons_codes.csv}): each region becomes a
 * {@link ComparatorKind#REGIONAL} group with id {@code region-NAME}, named by its region, whose members are the rows
 * with a council type (the rows of England and of the regions themselves have none);</li>
 * <li>any other CSV: the header {@code group,council}, one row per member; each group becomes a
 * {@link ComparatorKind#CLUB} named by its {@code group} cell.</li>
 * </ul>
 * A member that is not an ONS code ({@code E06000001}: a letter and eight digits) and malformed JSON or CSV rows are
 * errors at {@code file:line:column}; a council listed twice in one group (Oflog's file lists E07000112 twice in
 * three district groups) is counted once, with a warning for that group. Whether members are councils of some data
 * set is for the caller to check ({@link ComparatorGroupImport#line}).
 */
public final class ComparatorGroupReader {

    /** The form of an ONS area code. */
    public static final Pattern ONS_CODE = Pattern.compile("[EWSN]\\d{8}");

    private ComparatorGroupReader() {
    }

    /**
     * The groups in {@code file}.
     *
     * @throws DataFileException when the file is missing or unreadable (exit 2 in the CLI)
     */
    public static ComparatorGroupImport read(Path file) throws DataFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFileException(file, "cannot read comparator groups: " + e.getMessage(), e);
        }
        Builder builder = new Builder(file);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            GroupJson.parse(text, (code, line, column) -> builder.group(code, line, column),
                (member, line, column) -> builder.member(member, line, column),
                (line, column, message) -> builder.error(line, column, "", message));
        } else {
            csv(text, builder);
        }
        return builder.result();
    }

    private static void csv(String text, Builder builder) throws DataFileException {
        try (CSVParser parser = CSVParser.parse(text.startsWith("\uFEFF") ? text.substring(1) : text,
            CSVFormat.DEFAULT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header) {
                    header = false;
                    int[] regionColumns = regionColumns(record);
                    if (regionColumns != null) {
                        regions(parser, regionColumns, builder);
                        return;
                    }
                    if (record.size() < 2 || !record.get(0).strip().equalsIgnoreCase("group")
                        || !record.get(1).strip().equalsIgnoreCase("council")) {
                        builder.error(line, 1, "", "expected the header group,council");
                        return;
                    }
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                String group = record.get(0).strip();
                String council = record.size() > 1 ? record.get(1).strip() : "";
                if (group.isEmpty()) {
                    builder.error(line, 1, "group", "column 'group': required; expected the group's name, e.g. East of England");
                    continue;
                }
                builder.club(group);
                builder.member(council, line, 2);
            }
        } catch (IOException | IllegalStateException e) {
            builder.error(1, 1, "", "not a CSV file: " + e.getMessage());
        }
    }

    /** The columns council type, region and ONS code of an ONS codes list's header, or null for another header. */
    private static int[] regionColumns(CSVRecord header) {
        int[] columns = {-1, -1, -1};
        List<String> names = List.of("council type", "council region", "ons area code");
        for (int i = 0; i < header.size(); i++) {
            int at = names.indexOf(header.get(i).strip().toLowerCase(java.util.Locale.ROOT));
            if (at >= 0) {
                columns[at] = i;
            }
        }
        return columns[0] < 0 || columns[1] < 0 || columns[2] < 0 ? null : columns;
    }

    /** The regions of an ONS codes list: one group per region, its councils (rows with a council type) as members. */
    private static void regions(CSVParser parser, int[] columns, Builder builder) {
        for (CSVRecord record : parser) {
            long line = parser.getCurrentLineNumber();
            String type = cell(record, columns[0]);
            if (type.isEmpty()) {
                continue; // England, or a region's own row
            }
            String region = cell(record, columns[1]);
            if (region.isEmpty()) {
                builder.error(line, columns[1] + 1, "Council region",
                    "column 'Council region': required for a council; expected the region's name, e.g. East of England");
                continue;
            }
            builder.region(region);
            builder.member(cell(record, columns[2]), line, columns[2] + 1);
        }
    }

    private static String cell(CSVRecord record, int column) {
        return column < record.size() ? record.get(column).strip() : "";
    }

    /** Collects groups and problems in file order. */
    private static final class Builder {
        private final Path file;
        private final Map<String, ComparatorGroup> groups = new LinkedHashMap<>();
        private final Map<String, Long> lines = new HashMap<>();
        private final List<DataProblem> errors = new ArrayList<>();
        private final List<DataProblem> warnings = new ArrayList<>();
        private final List<String> warningGroups = new ArrayList<>();
        private ComparatorGroup current;

        Builder(Path file) {
            this.file = file;
        }

        void group(String code, long line, int column) {
            if (!ONS_CODE.matcher(code).matches()) {
                error(line, column, "", "'" + code + "' is not a council's ONS code; expected a letter and eight digits, e.g. E06000001");
            }
            current = FrameworkFactory.eINSTANCE.createComparatorGroup();
            current.setId("nn-" + code);
            current.setName("nearest neighbours of " + code);
            current.setKind(ComparatorKind.SIMILAR_COUNCILS);
            current.setAnchor(code);
            if (groups.putIfAbsent(current.getId(), current) != null) {
                error(line, column, "", "the group of " + code + " is given twice");
            }
        }

        void club(String name) {
            named("group-", name, ComparatorKind.CLUB);
        }

        void region(String name) {
            named("region-", name, ComparatorKind.REGIONAL);
        }

        /** Makes the group of {@code kind} called {@code name} current, creating it on its first row. */
        private void named(String idPrefix, String name, ComparatorKind kind) {
            String id = idPrefix + name.replaceAll("[^A-Za-z0-9._-]+", "-");
            current = groups.computeIfAbsent(id, k -> {
                ComparatorGroup group = FrameworkFactory.eINSTANCE.createComparatorGroup();
                group.setId(k);
                group.setName(name);
                group.setKind(kind);
                return group;
            });
        }

        void member(String council, long line, int column) {
            String where = current.getAnchor() == null ? "group '" + current.getName() + "'" : "the group of " + current.getAnchor();
            if (!ONS_CODE.matcher(council).matches()) {
                String header = switch (current.getKind()) {
                    case CLUB -> "council";
                    case REGIONAL -> "ONS Area Code";
                    default -> "";
                };
                error(line, column, header, (header.isEmpty() ? "" : "column '" + header + "': ") + "'" + council + "' in " + where
                        + " is not a council's ONS code; expected a letter and eight digits, e.g. E06000001");
                return;
            }
            if (current.getMembers().contains(council)) {
                warnings.add(new DataProblem(file, line, column, "", council + " is listed twice in " + where
                    + " (first on line " + lines.get(current.getId() + '\u0000' + council) + "); counted once"));
                warningGroups.add(current.getId());
                return;
            }
            current.getMembers().add(council);
            lines.put(current.getId() + '\u0000' + council, line);
        }

        void error(long line, int column, String header, String message) {
            errors.add(new DataProblem(file, line, column, header, message));
        }

        ComparatorGroupImport result() {
            Map<String, List<DataProblem>> byGroup = new HashMap<>();
            for (int i = 0; i < warnings.size(); i++) {
                byGroup.computeIfAbsent(warningGroups.get(i), k -> new ArrayList<>()).add(warnings.get(i));
            }
            return new ComparatorGroupImport(List.copyOf(groups.values()), errors, byGroup, lines);
        }
    }
}
