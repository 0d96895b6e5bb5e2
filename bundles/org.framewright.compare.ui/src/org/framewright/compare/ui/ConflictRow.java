package org.framewright.compare.ui;

import org.framewright.compare.merge.ConflictTarget;
import org.framewright.compare.merge.MergeConflict;

/**
 * One row of the {@link MergeEditor}: a conflict, its place in the model (none for conflicts on whole elements,
 * moves and orders, which OURS' kept value or THEIRS' model beside the file settles) and the user's choice so far.
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
    private final boolean theirsModel;
    Choice choice = Choice.NONE;
    String edited = "";

    ConflictRow(MergeConflict conflict, ConflictTarget target, boolean theirsModel) {
        this.conflict = conflict;
        this.target = target;
        this.theirsModel = theirsModel;
    }

    /**
     * True when THEIRS can be taken: the conflict is one value, or THEIRS' model lies beside the file for a whole
     * element, move, order or part.
     */
    boolean theirsAvailable() {
        return target != null || theirsModel;
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
