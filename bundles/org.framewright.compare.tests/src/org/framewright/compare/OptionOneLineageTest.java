package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diff of ADASS 2020 Option One against ASCOF 2019-20 reproduces the lists of seed 001 (ADASS / IPC, Revising
 * ASCOF, March 2020), section 5.1 "Suggested Indicators for a refreshed ASCOF" (rows 1-55) and section 5.2
 * "Suggested current ASCOF indicators deleted". The oracle below was read from the seed text, row by row.
 */
class OptionOneLineageTest {

    /** 5.1 rows 7 "Keep (1H): QL7", 14 "Keep (2C) DR6", 18 "Keep (2E) DR10", 19 "Keep (2F) DR11". */
    private static final List<String> KEEP = List.of("QL7<-1H", "DR6<-2C", "DR10<-2E", "DR11<-2F");

    /**
     * 5.1 rows 1 "Revised (1B): QL1", 2 "Revised (1C): QL2", 3 "Revised (1E): QL3", 4 "Revised (1F): QL7" (a
     * misprint: the id QL7 is row 7's, and QL1-QL8 has no QL4 otherwise, so row 4 is QL4), 5 "Revised (1G): QL5",
     * 9 "Revised (2A) DR1".
     */
    private static final List<String> REVISED = List.of("QL1<-1B", "QL2<-1C", "QL3<-1E", "QL4<-1F", "QL5<-1G",
        "DR1<-2A");

    /**
     * 5.1 rows 6 "New: QL6", 8 "New: QL8", 10-13 "New" DR2-DR5, 15 "New" DR7, 16 DR8 (the extraction lost its
     * marker: "DR8 - ... 16. opportunity for short term recovery." with no Keep/Revised, so New), 17 "New" DR9,
     * 20-26 "New" PE1-PE7, 27-28 "New" S1-S2, 29-31 "New - Integration (I)" I1-I3, 32-36 "New - Sustainable
     * Markets" SM1-SM5, 37 "New - Use of Resources (UR)" UR1, 38-55 "New - Demand Management (DM)" DM1-DM18 (rows
     * 46-47, DM9 and DM10, are lost in the extraction between "DM8" on row 45 and "48. DM11"): 45 rows.
     */
    private static final List<String> NEW = List.of("QL6", "QL8", "DR2", "DR3", "DR4", "DR5", "DR7", "DR8", "DR9",
        "PE1", "PE2", "PE3", "PE4", "PE5", "PE6", "PE7", "S1", "S2", "I1", "I2", "I3",
        "SM1", "SM2", "SM3", "SM4", "SM5", "UR1",
        "DM1", "DM2", "DM3", "DM4", "DM5", "DM6", "DM7", "DM8", "DM9", "DM10", "DM11", "DM12", "DM13", "DM14", "DM15",
        "DM16", "DM17", "DM18");

    /** 5.2: "(1A)", "(1D)", "(1I)", "(1J)", "(2B)", "(2D)", "(4A)", "(4B)". */
    private static final List<String> DELETED = List.of("1A", "1D", "1I", "1J", "2B", "2D", "4A", "4B");

    /**
     * Current ASCOF 2019-20 measures that 001 neither carries into 5.1 nor lists in 5.2: the domain 3 survey
     * measures (3A-3D; section 5 says survey measures were removed) and the parts that carry the data of 1C, 1I,
     * 2A, 2B, 2C and 3D in the published ASCOF data.
     */
    private static final List<String> SILENT = List.of("1C1A", "1C1B", "1C2A", "1C2B", "1I1", "1I2", "2A1", "2A2",
        "2B1", "2B2", "2C1", "2C2", "2C3", "3A", "3B", "3C", "3D", "3D1", "3D2");

    private static FrameworkDiff diff;

    @BeforeAll
    static void compare() throws ModelLoadException {
        diff = FrameworkComparison.compare(
            FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework")),
            FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-one.framework")));
    }

    @Test
    void keptIndicatorsAreThoseOf001() {
        assertEquals(KEEP, pairs(LineageClass.KEEP));
    }

    @Test
    void revisedIndicatorsAreThoseOf001() {
        assertEquals(REVISED, pairs(LineageClass.REVISED));
    }

    @Test
    void newIndicatorsAreThe45Of001() {
        assertEquals(45, NEW.size());
        assertEquals(NEW, diff.lineage(LineageClass.NEW).stream().map(IndicatorLineage::newId).toList());
    }

    @Test
    void retiredIndicatorsAreTheDeletedListOf001() {
        assertEquals(DELETED, diff.lineage(LineageClass.RETIRED).stream().map(IndicatorLineage::id).toList());
    }

    @Test
    void indicatorsThat001IsSilentAboutAreDropped() {
        assertEquals(SILENT, diff.lineage(LineageClass.DROPPED).stream().map(IndicatorLineage::id).toList());
    }

    @Test
    void lineageIsDeclaredAndNamesTheAreas() {
        IndicatorLineage ql7 = diff.lineage(LineageClass.KEEP).get(0);
        assertEquals(List.of("D1"), ql7.oldAreas());
        assertEquals(List.of("QL"), ql7.newAreas());
        assertTrue(diff.lineage().stream().filter(l -> l.lineage() != LineageClass.DROPPED)
            .allMatch(IndicatorLineage::declared));
        assertEquals(List.of(), diff.notes());
    }

    @Test
    void domainsAreReplacedAndDeletedMeasuresLeaveTheirDomains() {
        assertEquals(List.of("D1", "D2", "D3", "D4"), ids(diff.elements(ChangeKind.REMOVED), "Area"));
        assertEquals(List.of("QL", "DR", "PE", "S", "I", "SM", "UR", "DM"), ids(diff.elements(ChangeKind.ADDED), "Area"));
        ElementChange oneA = diff.elements(ChangeKind.MOVED).stream().filter(c -> c.id().equals("1A")).findFirst()
            .orElseThrow();
        assertEquals("D1", oneA.oldParent());
        assertEquals("(no area)", oneA.newParent());
        assertTrue(oneA.changes().contains(new FeatureChange("lineage", ChangeCategory.ATTRIBUTE, "unspecified",
            "retired")), oneA.changes()::toString);
    }

    private static List<String> pairs(LineageClass lineageClass) {
        return diff.lineage(lineageClass).stream().map(l -> l.newId() + "<-" + String.join(",", l.oldIds())).toList();
    }

    private static List<String> ids(List<ElementChange> changes, String type) {
        return changes.stream().filter(c -> c.type().equals(type)).map(ElementChange::id).toList();
    }
}
