package org.framewright.compare.ui;

import org.framewright.compare.merge.ConflictTarget;
import org.framewright.compare.merge.MergeConflict;

/**
 * One row of the {@link MergeEditor}: a conflict, its place in the model (none for conflicts on whole elements,
 * moves and orders, which only OURS' kept value can settle) and the user's choice so far.
 */
final class ConflictRow {

    /** What the user chose for a row. */
    enum Choice {
        /** Not settled yet. */
        NONE,
        /** OURS' value, which the merged file already has. */
        OURS,
        /** THEIRS' value. */
        THEIRS,
        /** A value the user typed. */
        EDITED
    }

    final MergeConflict conflict;
    final ConflictTarget target;
    Choice choice = Choice.NONE;
    String edited = "";

    ConflictRow(MergeConflict conflict, ConflictTarget target) {
        this.conflict = conflict;
        this.target = target;
    }

    /** The value this row settles on, as the conflict file shows values ({@code ""} while unsettled). */
    String resolution() {
        return switch (choice) {
            case NONE -> "";
            case OURS -> conflict.ours();
            case THEIRS -> conflict.theirs();
            case EDITED -> edited;
        };
    }

    /** What the Choice column shows. */
    String choiceLabel() {
        return switch (choice) {
            case NONE -> "";
            case OURS -> "ours";
            case THEIRS -> "theirs";
            case EDITED -> "edited";
        };
    }

    /** True when THEIRS or a typed value can be set (the conflict is one value of the model). */
    boolean settable() {
        return target != null;
    }
}
