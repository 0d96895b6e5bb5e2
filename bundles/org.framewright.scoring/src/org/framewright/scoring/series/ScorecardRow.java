package org.framewright.scoring.series;

import org.framewright.model.Indicator;

/**
 * One cell of a scorecard: a council's indicator in one period.
 *
 * @param council the council's ONS code
 * @param indicator the indicator
 * @param period the period as the data writes it
 * @param value the period's value, or null when missing
 * @param target the period's target, or null
 * @param rag the value against the target, or null
 * @param ytdValue the year-to-date value, or null
 * @param ytdTarget the year-to-date target, or null
 * @param ytdRag the year-to-date value against its target, or null
 * @param direction from the previous period's value, or null
 */
public record ScorecardRow(String council, Indicator indicator, String period, Double value, Double target, Rag rag,
        Double ytdValue, Double ytdTarget, Rag ytdRag, Direction direction) {
}
