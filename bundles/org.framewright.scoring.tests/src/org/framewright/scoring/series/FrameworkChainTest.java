package org.framewright.scoring.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringException;
import org.junit.jupiter.api.Test;

/**
 * Which framework of ASCOF 2023-24 and the earlier ASCOF 2019-20 scores a period: the one with more of its
 * indicators in the period's data; the twelve ids both share (1A, 2A, ...) are a tie, won by the newer framework.
 */
class FrameworkChainTest {

    private final Framework current = load("ascof-2023-24.framework");
    private final Framework earlier = load("ascof-2019-20.framework");
    private final FrameworkChain chain = new FrameworkChain(current, List.of(earlier));

    @Test
    void eachPeriodGoesToTheFrameworkWithMostOfItsIds() {
        DataSet data = data("2022-23", "1A", "1C1A", "2A1", // two ids of 2019-20 only, one shared
            "2023-24", "1A", "2D1", "3C1", // two of 2023-24 only
            "2021-22", "1A", "2A"); // only shared ids: a tie
        Map<String, Framework> byPeriod = chain.byPeriod(data);
        assertEquals(List.of("2021-22", "2022-23", "2023-24"), List.copyOf(byPeriod.keySet()), "time order");
        assertSame(current, byPeriod.get("2021-22"), "a tie goes to the newer framework");
        assertSame(earlier, byPeriod.get("2022-23"));
        assertSame(current, byPeriod.get("2023-24"));
    }

    @Test
    void aPeriodWithoutIdsOfAnyFrameworkIsNotScored() {
        DataSet data = data("2016-17", "ZZ9", "2018-19", "1C1A");
        assertEquals(Map.of("2018-19", earlier), chain.byPeriod(data));
    }

    @Test
    void anEarlierFrameworkIsScoredWithTheSchemeOfTheSameId() {
        assertSame(earlier.getSchemes().get(0), chain.scheme(earlier, current.getSchemes().get(0)));
        assertSame(current.getSchemes().get(0), chain.scheme(current, current.getSchemes().get(0)));
        earlier.getSchemes().clear();
        ScoringException e = assertThrows(ScoringException.class,
            () -> chain.scheme(earlier, current.getSchemes().get(0)));
        assertEquals("the earlier framework ascof-2019-20 has no scoring scheme: its periods cannot be scored",
            e.getMessage());
    }

    @Test
    void theChainOfAModelFollowsItsBasedOn() throws Exception {
        // the sample ASCOF 2023-24 names ASCOF 2019-20 as basedOn, which names none
        FrameworkChain fromModel = FrameworkChain.basedOn(current);
        assertEquals(List.of("ascof-2023-24", "ascof-2019-20"),
            fromModel.frameworks().stream().map(Framework::getId).toList());
        assertSame(current, fromModel.current());
        assertEquals(List.of("ascof-2019-20"),
            FrameworkChain.basedOn(earlier).frameworks().stream().map(Framework::getId).toList());
        // a basedOn that cannot be resolved ends the chain
        Framework dangling = FrameworkFactory.eINSTANCE.createFramework();
        dangling.setId("draft");
        Framework proxy = FrameworkFactory.eINSTANCE.createFramework();
        ((org.eclipse.emf.ecore.InternalEObject) proxy).eSetProxyURI(
            org.eclipse.emf.common.util.URI.createURI("missing.framework#missing"));
        dangling.setBasedOn(proxy);
        assertEquals(List.of("draft"), FrameworkChain.basedOn(dangling).frameworks().stream().map(Framework::getId).toList());
        // a cycle ends where it comes back
        Framework a = FrameworkFactory.eINSTANCE.createFramework();
        a.setId("a");
        Framework b = FrameworkFactory.eINSTANCE.createFramework();
        b.setId("b");
        a.setBasedOn(b);
        b.setBasedOn(a);
        assertEquals(List.of("a", "b"), FrameworkChain.basedOn(a).frameworks().stream().map(Framework::getId).toList());
        // scored by the chain from the model, a period of 2019-20 ids goes to ASCOF 2019-20
        DataSet data = data("2022-23", "1A", "1C1A", "2A1");
        assertEquals("ascof-2019-20", fromModel.byPeriod(data).get("2022-23").getId());
    }

    /** Observations of one council: a period, then its ids, then the next period... */
    private static DataSet data(String... periodsAndIds) {
        DataSet data = FrameworkFactory.eINSTANCE.createDataSet();
        Council council = FrameworkFactory.eINSTANCE.createCouncil();
        council.setId("E06000062");
        data.getCouncils().add(council);
        String period = null;
        for (String text : periodsAndIds) {
            if (text.matches("\\d{4}-\\d{2}")) {
                period = text;
                continue;
            }
            Observation o = FrameworkFactory.eINSTANCE.createObservation();
            o.setCouncil(council);
            o.setPeriod(period);
            o.setNodeId(text);
            o.setValue(1.0);
            data.getObservations().add(o);
        }
        return data;
    }

    private static Framework load(String file) {
        try {
            return FrameworkFiles.loadFramework(Samples.framework(file));
        } catch (ModelLoadException e) {
            throw new AssertionError(e);
        }
    }
}
