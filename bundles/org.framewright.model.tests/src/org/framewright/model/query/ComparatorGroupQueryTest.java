package org.framewright.model.query;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.framewright.model.ComparatorGroup;
import org.framewright.model.ComparatorKind;
import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.FrameworkFactory;
import org.junit.jupiter.api.Test;

/** A comparator group is named by its id, its name or its anchor council; the first match wins. */
class ComparatorGroupQueryTest {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    @Test
    void aGroupIsFoundByIdNameOrAnchorAmongItsCouncilsDataSet() {
        DataSet data = F.createDataSet();
        ComparatorGroup club = group("group-North-East", "North East", null, ComparatorKind.CLUB);
        ComparatorGroup neighbours = group("nn-E06000001", "nearest neighbours of E06000001", "E06000001",
            ComparatorKind.SIMILAR_COUNCILS);
        data.getComparatorGroups().addAll(List.of(club, neighbours));
        Council council = F.createCouncil();
        council.setId("E06000002");
        data.getCouncils().add(council);

        assertSame(club, ComparatorGroupQuery.find(council, "group-North-East"));
        assertSame(club, ComparatorGroupQuery.find(council, "North East"));
        assertSame(neighbours, ComparatorGroupQuery.find(council, "E06000001"));
        assertNull(ComparatorGroupQuery.find(council, "South West"));
        assertNull(ComparatorGroupQuery.find(council, null));
        Council outside = F.createCouncil();
        assertNull(ComparatorGroupQuery.find(outside, "North East"), "a council in no data set has no groups");
    }

    private static ComparatorGroup group(String id, String name, String anchor, ComparatorKind kind) {
        ComparatorGroup group = F.createComparatorGroup();
        group.setId(id);
        group.setName(name);
        group.setAnchor(anchor);
        group.setKind(kind);
        return group;
    }
}
