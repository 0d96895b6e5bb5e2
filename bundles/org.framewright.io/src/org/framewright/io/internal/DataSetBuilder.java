package org.framewright.io.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.framewright.io.ImportOptions;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;
import org.framewright.model.query.PeriodCalendar;

/**
 * Builds the {@link DataSet} from native rows, in file order: picks the period, checks each row (required cells,
 * number or missing marker, duplicates, framework checks) and adds the rows without errors. Councils appear in the
 * order of their first row; a council without a name is named by its code until a row names it.
 */
public final class DataSetBuilder {

    private final DataSet dataSet;
    private final String period;
    private final boolean otherPeriods;
    private final Problems problems;
    private final FrameworkChecks frameworkChecks;
    private final Map<String, Council> councils = new HashMap<>();
    private final Map<String, Long> councilNameLines = new HashMap<>();
    private final Map<String, Long> firstLines = new HashMap<>();
    private final Set<String> periodsSeen = new TreeSet<>();
    private final Set<String> otherNamesReported = new HashSet<>();
    private final PeriodCalendar calendar;
    private long headerLine = 1;
    private int rowsInPeriod;

    /** A builder filling {@code dataSet} under {@code options}. */
    public DataSetBuilder(DataSet dataSet, ImportOptions options, Problems problems) {
        this.dataSet = dataSet;
        this.period = options.period() == null || options.period().isBlank() ? null : options.period().strip();
        this.otherPeriods = period != null && options.otherPeriods();
        this.problems = problems;
        this.frameworkChecks = options.framework() == null ? null : new FrameworkChecks(options.framework());
        if (options.frequency() != null) {
            dataSet.setFrequency(options.frequency());
        }
        this.calendar = PeriodCalendar.of(dataSet);
    }

    /** Takes one row (skipped when it is of another period, unless the options keep the other periods). */
    public void accept(DataRow given) {
        DataRow row = given;
        if (!row.period().isEmpty()) {
            periodsSeen.add(row.period());
        }
        boolean inPeriod = period == null || row.period().isEmpty() || row.period().equals(period);
        if (!inPeriod && (!otherPeriods || frameworkChecks != null && !frameworkChecks.knows(row))) {
            return;
        }
        if (inPeriod) {
            rowsInPeriod++;
        }
        if (period != null && row.period().isEmpty()) {
            row = new DataRow(row.line(), row.columns(), row.council(), row.councilName(), period, row.nodeId(),
                row.group(), row.category(), row.value());
        }
        boolean clean = requireCell(row, Field.COUNCIL, row.council(), "the council's ONS code, e.g. E09000002")
            & requireCell(row, Field.ID, row.nodeId(), "an indicator, area or statement id, e.g. 1A");
        boolean missing = ValueText.isMissing(row.value());
        Double value = missing ? null : ValueText.parse(row.value());
        if (!missing && value == null) {
            problems.error(row.line(), row.columns().column(Field.VALUE), row.columns().header(Field.VALUE),
                Messages.notANumber(row.value()));
            clean = false;
        }
        if (calendar.ordered() && !row.period().isEmpty() && calendar.parse(row.period()) == null) {
            problems.error(row.line(), row.columns().column(Field.PERIOD), row.columns().header(Field.PERIOD),
                Messages.notAPeriod(row.period(), calendar));
            clean = false;
        }
        if (!clean) {
            return;
        }
        Long firstLine = firstLines.putIfAbsent(key(row), row.line());
        if (firstLine != null) {
            problems.error(row.line(), row.columns().column(Field.ID), row.columns().header(Field.ID),
                Messages.duplicateRow(row, firstLine));
            return;
        }
        if (inPeriod && frameworkChecks != null && !frameworkChecks.check(row, value, problems)) {
            return;
        }
        add(row, value, inPeriod);
    }

    /** The data set, after a warning when the wanted period had no rows at all. */
    public DataSet finish() {
        if (period != null && rowsInPeriod == 0 && problems.errorCount() == 0) {
            problems.warning(headerLine, 1, "", Messages.noRowsForPeriod(period, periodsSeen));
        }
        return dataSet;
    }

    /** The header's line, where whole-file warnings are placed. */
    public void headerLine(long line) {
        headerLine = line;
    }

    private boolean requireCell(DataRow row, Field field, String text, String expected) {
        if (text.isEmpty()) {
            problems.error(row.line(), row.columns().column(field), row.columns().header(field),
                Messages.requiredCell(expected));
            return false;
        }
        return true;
    }

    /** Adds the row's observation; the missing values and council names of other periods are not the import's. */
    private void add(DataRow row, Double value, boolean inPeriod) {
        Observation observation = FrameworkFactory.eINSTANCE.createObservation();
        observation.setCouncil(council(row, inPeriod));
        observation.setNodeId(row.nodeId());
        observation.setPeriod(row.period().isEmpty() ? null : row.period());
        observation.setGroup(row.group().isEmpty() ? null : row.group());
        observation.setCategory(row.category().isEmpty() ? null : row.category());
        observation.setSourceLine(row.line());
        if (value == null) {
            observation.setMissingMarker(row.value());
            if (inPeriod) {
                problems.missing(row.line(), row.columns().column(Field.VALUE), row.columns().header(Field.VALUE),
                    Messages.missingValue(row));
            }
        } else {
            observation.setValue(value);
        }
        dataSet.getObservations().add(observation);
    }

    private Council council(DataRow row, boolean inPeriod) {
        Council council = councils.get(row.council());
        if (council == null) {
            council = FrameworkFactory.eINSTANCE.createCouncil();
            council.setId(row.council());
            council.setName(row.council());
            councils.put(row.council(), council);
            dataSet.getCouncils().add(council);
        }
        String name = row.councilName();
        if (!inPeriod) {
            // another period's name stands in until a row of the period names the council; it is never a warning
            if (!name.isEmpty() && council.getName().equals(row.council())) {
                council.setName(name);
            }
        } else if (!name.isEmpty()) {
            Long namedOn = councilNameLines.putIfAbsent(row.council(), row.line());
            if (namedOn == null) {
                council.setName(name);
            } else if (!name.equals(council.getName()) && otherNamesReported.add(row.council() + '\u0000' + name)) {
                problems.warning(row.line(), row.columns().column(Field.COUNCIL_NAME),
                    row.columns().header(Field.COUNCIL_NAME), Messages.otherCouncilName(name, council.getName(), namedOn));
            }
        }
        return council;
    }

    private static String key(DataRow row) {
        return row.council() + '\u0000' + row.nodeId() + '\u0000' + row.group() + '\u0000' + row.category() + '\u0000'
            + row.period();
    }
}
