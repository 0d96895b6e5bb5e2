package org.framewright.io;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.ComparatorGroup;
import org.framewright.model.DataSet;
import org.framewright.model.query.ComparatorGroupQuery;

/**
 * The comparator groups read from a file, with the problems found and the line of every member.
 *
 * @param groups the groups in file order (only members without errors)
 * @param errors problems at {@code file:line:column}, in file order
 * @param warnings by group id: things worth knowing about a group (a member listed twice)
 * @param memberLines the line of each member, keyed by group id, NUL, council code
 */
public record ComparatorGroupImport(List<ComparatorGroup> groups, List<DataProblem> errors,
        Map<String, List<DataProblem>> warnings, Map<String, Long> memberLines) {

    /** A copy of the lists. */
    public ComparatorGroupImport {
        groups = List.copyOf(groups);
        errors = List.copyOf(errors);
        warnings = Map.copyOf(warnings);
        memberLines = Map.copyOf(memberLines);
    }

    /**
     * Adds copies of the groups to {@code data}, where scoring finds them (comparator position, comparator
     * imputations): the one way the command line and the workbench give a data set its groups.
     */
    public void copyInto(DataSet data) {
        for (ComparatorGroup group : groups) {
            data.getComparatorGroups().add(EcoreUtil.copy(group));
        }
    }

    /** The line where {@code group} lists {@code council}, or 0 when it does not. */
    public long line(ComparatorGroup group, String council) {
        return memberLines.getOrDefault(group.getId() + '\u0000' + council, 0L);
    }

    /** The warnings about {@code group} (none: empty). */
    public List<DataProblem> warningsOf(ComparatorGroup group) {
        return warnings.getOrDefault(group.getId(), List.of());
    }

    /** The group whose id or name is {@code name}, or the nearest-neighbour group of the council {@code name}. */
    public ComparatorGroup find(String name) {
        return ComparatorGroupQuery.find(groups, name);
    }
}
