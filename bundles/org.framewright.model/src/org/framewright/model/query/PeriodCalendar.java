package org.framewright.model.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Frequency;
import org.framewright.model.Indicator;

/**
 * The periods of a data set's frequency, as written in data files: a month {@code 2023-06}, a quarter of a financial
 * year {@code 2023-Q1} (the first quarter of the financial year starting in 2023), a financial year {@code 2023-24}.
 * A financial year starts in {@code yearStartMonth} (April in England), so {@code 2023-03} is in the financial year
 * 2022-23 and {@code 2023-04} opens 2023-24.
 *
 * @param frequency the data set's frequency; {@link Frequency#UNSPECIFIED} (and biennial, ad hoc) accept any text
 *        and know no order but the text's
 * @param yearStartMonth the first month (1-12) of the financial year
 */
public record PeriodCalendar(Frequency frequency, int yearStartMonth) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    /** One period: its text, its position in time (consecutive periods differ by 1) and its financial year. */
    public record Period(String text, int index, int financialYear) implements Comparable<Period> {

        @Override
        public int compareTo(Period other) {
            return Integer.compare(index, other.index);
        }
    }

    /** The calendar of {@code dataSet}'s frequency and financial year. */
    public static PeriodCalendar of(DataSet dataSet) {
        return new PeriodCalendar(dataSet.getFrequency(), dataSet.getYearStartMonth());
    }

    /**
     * The frequency the indicators of {@code framework} declare: the one of monthly, quarterly or annual that all
     * indicators declaring one of these share; unspecified when none does or they differ.
     */
    public static Frequency declaredBy(Framework framework) {
        Frequency found = Frequency.UNSPECIFIED;
        for (Indicator indicator : framework.getIndicators()) {
            Frequency f = indicator.getFrequency();
            if (f == Frequency.MONTHLY || f == Frequency.QUARTERLY || f == Frequency.ANNUAL) {
                if (found != Frequency.UNSPECIFIED && found != f) {
                    return Frequency.UNSPECIFIED;
                }
                found = f;
            }
        }
        return found;
    }

    /** Whether periods of this calendar have a form and an order (monthly, quarterly, annual). */
    public boolean ordered() {
        return frequency == Frequency.MONTHLY || frequency == Frequency.QUARTERLY || frequency == Frequency.ANNUAL;
    }

    /** The form a period must take, for messages: {@code YYYY-MM (e.g. 2023-06)}. */
    public String form() {
        return switch (frequency) {
            case MONTHLY -> "a month YYYY-MM (e.g. 2023-06)";
            case QUARTERLY -> "a quarter of a financial year YYYY-Qn (e.g. 2023-Q1)";
            case ANNUAL -> "a financial year YYYY-YY (e.g. 2023-24)";
            default -> "any text";
        };
    }

    /** The period written {@code text}, or null when it is not a period of this frequency. */
    public Period parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        switch (frequency) {
            case MONTHLY: {
                Matcher m = MONTH.matcher(t);
                if (!m.matches()) {
                    return null;
                }
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    return null;
                }
                return new Period(t, year * 12 + month - 1, month >= yearStartMonth ? year : year - 1);
            }
            case QUARTERLY: {
                Matcher m = QUARTER.matcher(t);
                if (!m.matches()) {
                    return null;
                }
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                return quarter < 1 || quarter > 4 ? null : new Period(t, year * 4 + quarter - 1, year);
            }
            case ANNUAL: {
                Matcher m = YEAR.matcher(t);
                if (!m.matches()) {
                    return null;
                }
                int year = Integer.parseInt(m.group(1));
                return Integer.parseInt(m.group(2)) == (year + 1) % 100 ? new Period(t, year, year) : null;
            }
            default:
                return null;
        }
    }

    /** How many periods make a financial year: 12, 4 or 1 (1 for an unordered frequency). */
    public int periodsPerYear() {
        return frequency == Frequency.MONTHLY ? 12 : frequency == Frequency.QUARTERLY ? 4 : 1;
    }

    /** The financial year {@code 2023-24} starting in {@code year}. */
    public static String financialYear(int year) {
        return year + "-" + String.format("%02d", (year + 1) % 100);
    }
}
