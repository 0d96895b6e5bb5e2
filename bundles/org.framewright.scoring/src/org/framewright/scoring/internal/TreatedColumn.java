package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One indicator's values across the councils of a run (council order) as the data treatments leave them, beside the
 * values in the data and, per council, what each treatment changed (the notes and explanation steps of its result).
 */
final class TreatedColumn {

    final List<Double> raw;
    final List<Double> values;
    final List<List<String>> changes = new ArrayList<>();
    /** Councils whose value an imputation filled (the missing-data policy of the rule then has nothing to do). */
    final boolean[] imputed;
    /** Councils the availability screen left unscored (no value, and none to be imputed by the rule). */
    final boolean[] screened;

    TreatedColumn(List<Double> raw) {
        this.raw = Collections.unmodifiableList(new ArrayList<>(raw)); // List.copyOf refuses the missing (null)
        this.values = new ArrayList<>(raw);
        raw.forEach(v -> changes.add(new ArrayList<>()));
        imputed = new boolean[raw.size()];
        screened = new boolean[raw.size()];
    }
}
