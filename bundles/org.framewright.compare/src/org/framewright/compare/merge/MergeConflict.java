package org.framewright.compare.merge;

import java.util.Objects;

/**
 * One place where the two sides of a three-way merge disagree. The merged model keeps OURS' value there.
 *
 * @param element the id of the identified element concerned ({@code (framework)} for the root)
 * @param path where the element sits: the ids of its identified containers from the root, joined by {@code /}
 * @param feature what disagrees, as {@code diff} names it: {@code weights[OP].percent}, {@code (element)} for an
 *        element one side deleted or both added, {@code (container)} for a move, {@code order of areas}
 * @param base the value in the common ancestor ({@code ""} when absent)
 * @param ours the value in OURS, which the merged model keeps
 * @param theirs the value in THEIRS
 * @param reason why it is a conflict, in words
 */
public record MergeConflict(String element, String path, String feature, String base, String ours, String theirs,
        String reason) {

    /** Checks that no component is null. */
    public MergeConflict {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ours, "ours");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(reason, "reason");
    }
}
