package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.results.CouncilShift;
import org.framewright.compare.results.NodeShift;
import org.framewright.compare.results.ResultComparison;
import org.framewright.compare.results.ResultsDiff;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.scoring.ScoringResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ASCOF 2019-20 on the real 2019-20 data of every council, against a revision that drops 3A (overall satisfaction
 * of people who use services) from domain 3: the councils that move, and why.
 */
class ResultComparisonTest {

    private static ScoringResult before;
    private static ScoringResult after;
    private static ResultsDiff diff;

    @BeforeAll
    static void scoreBoth() throws Exception {
        Framework current = AscofScoring.ascof2019();
        Framework revised = EcoreUtil.copy(current);
        Area domain3 = revised.getAreas().stream().filter(a -> a.getId().equals("D3")).findFirst().orElseThrow();
        domain3.getIndicators().removeIf(i -> i.getId().equals("3A"));
        before = AscofScoring.score(current);
        after = AscofScoring.score(revised);
        diff = ResultComparison.compare(before, "ascof", after, "without 3A");
    }

    @Test
    void theSameResultTwiceMovesNobody() {
        ResultsDiff same = ResultComparison.compare(before, "a", before, "b");
        assertEquals(before.councils().size(), same.councils().size());
        assertEquals(List.of(), same.changed());
        assertTrue(same.councils().stream().allMatch(c -> c.reasons().isEmpty()));
    }

    @Test
    void councilsWhoseRankMovesAreTracedToDomain3() {
        List<CouncilShift> changed = diff.changed();
        assertFalse(changed.isEmpty(), "dropping 3A must move some council's rank");
        assertTrue(changed.stream().anyMatch(c -> !c.reasons().isEmpty()), "some councils move by their own D3");
        for (CouncilShift council : changed) {
            if (council.reasons().isEmpty()) {
                // nothing of its own moved: others passed it
                assertEquals(before.council(council.councilId()).overall().score(), council.scoreA());
                assertEquals(council.scoreA(), council.scoreB(), council::toString);
                continue;
            }
            NodeShift first = council.reasons().get(0);
            assertEquals("D3", first.nodeId(), council::toString);
            assertEquals(before.get(council.councilId(), "D3").score(), first.scoreA());
            assertEquals(after.get(council.councilId(), "D3").score(), first.scoreB());
            assertEquals(before.council(council.councilId()).rank(), council.rankA());
            assertEquals(after.council(council.councilId()).rank(), council.rankB());
        }
    }

    @Test
    void councilsWhoseRankStaysAreNotListed() {
        long unchanged = diff.councils().stream().filter(c -> java.util.Objects.equals(c.rankA(), c.rankB())
            && c.ratingA().equals(c.ratingB())).count();
        assertEquals(diff.councils().size() - unchanged, diff.changed().size());
    }
}
