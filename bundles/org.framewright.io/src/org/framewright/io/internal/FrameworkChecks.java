package org.framewright.io.internal;

import org.framewright.model.Framework;

/**
 * The checks a framework imposes on council data rows: the id is one of its indicators or areas, the group one of
 * its disaggregations, the category one of its evidence categories, and a score lies on its scale
 * ({@link ScoreRangeRule}).
 */
final class FrameworkChecks {

    private final FrameworkVocabulary vocabulary;
    private final ScoreRangeRule ranges;

    FrameworkChecks(Framework framework) {
        vocabulary = FrameworkVocabulary.of(framework);
        ranges = ScoreRangeRule.of(framework);
    }

    /** Whether the framework knows the row's id, group and category (reports nothing). */
    boolean knows(DataRow row) {
        return vocabulary.isNode(row.nodeId()) && (row.group().isEmpty() || vocabulary.isGroup(row.group()))
            && (row.category().isEmpty() || vocabulary.isCategory(row.category()));
    }

    /** Reports every problem of {@code row}; returns whether there was none. */
    boolean check(DataRow row, Double value, Problems problems) {
        ColumnBinding columns = row.columns();
        boolean clean = true;
        if (!vocabulary.isNode(row.nodeId())) {
            problems.error(row.line(), columns.column(Field.ID), columns.header(Field.ID),
                Messages.unknownNode(row.nodeId(), vocabulary.label(), vocabulary.exampleNode()));
            clean = false;
        }
        if (!row.group().isEmpty() && !vocabulary.isGroup(row.group())) {
            problems.error(row.line(), columns.column(Field.GROUP), columns.header(Field.GROUP),
                Messages.unknownGroup(row.group(), vocabulary.label(), vocabulary.groupIds()));
            clean = false;
        }
        if (!row.category().isEmpty() && !vocabulary.isCategory(row.category())) {
            problems.error(row.line(), columns.column(Field.CATEGORY), columns.header(Field.CATEGORY),
                Messages.unknownCategory(row.category(), vocabulary.label(), vocabulary.categoryIds()));
            clean = false;
        }
        ScoreRangeRule.Range broken = value == null ? null : ranges.broken(row.nodeId(), value);
        if (broken != null) {
            problems.error(row.line(), columns.column(Field.VALUE), columns.header(Field.VALUE),
                Messages.outsideScale(row.value(), broken, row.nodeId()));
            clean = false;
        }
        return clean;
    }
}
