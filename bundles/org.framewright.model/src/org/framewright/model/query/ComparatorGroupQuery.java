package org.framewright.model.query;

import java.util.Collection;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.Council;
import org.framewright.model.DataSet;

/**
 * Which comparator group a name means: a group is named by its id ({@code group-North-East}, {@code nn-E06000001}),
 * its name ({@code North East}) or, for a nearest-neighbour group, the council it is anchored on. The CLI's
 * {@code --group}, the comparator methods and the import of group files all resolve names here.
 */
public final class ComparatorGroupQuery {

    private ComparatorGroupQuery() {
    }

    /** The first of {@code groups} that {@code name} names, or null. */
    public static ComparatorGroup find(Collection<ComparatorGroup> groups, String name) {
        if (name == null) {
            return null;
        }
        for (ComparatorGroup group : groups) {
            if (name.equals(group.getId()) || name.equals(group.getName()) || name.equals(group.getAnchor())) {
                return group;
            }
        }
        return null;
    }

    /** The group of {@code council}'s data set that {@code name} names, or null (also when it is in no data set). */
    public static ComparatorGroup find(Council council, String name) {
        return council.eContainer() instanceof DataSet data ? find(data.getComparatorGroups(), name) : null;
    }
}
