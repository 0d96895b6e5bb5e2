package org.framewright.compare.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.framewright.model.Area;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Polarity;
import org.framewright.model.Weight;
import org.junit.jupiter.api.Test;

/** How a comparison shows model values: numbers without a trailing .0, literals, elements by id, proxies by URI. */
class ValuesTest {

    @Test
    void numbersReadAsUsersWriteThem() {
        assertEquals("40", Values.show(40.0));
        assertEquals("12.5", Values.show(12.50));
        assertEquals("0.1", Values.show(0.1));
        assertEquals("100", Values.show(1e2), "plain digits, not 1E+2");
        assertEquals("NaN", Values.show(Double.NaN));
        assertEquals("", Values.show(null));
    }

    @Test
    void literalsElementsAndListsReadByTheirNames() {
        Area area = FrameworkFactory.eINSTANCE.createArea();
        area.setId("OA2");
        Weight weight = FrameworkFactory.eINSTANCE.createWeight();
        assertEquals("higher is better", Values.show(Polarity.HIGHER_IS_BETTER));
        assertEquals("OA2", Values.show(area));
        assertEquals("Weight", Values.show(weight), "an element without id reads as its kind");
        assertEquals("OA2 40", Values.show(List.of(area, 40.0)));
    }

    @Test
    void anUnresolvedReferenceReadsAsTheIdItsUriNamesWithoutLoadingIt() {
        Area proxy = FrameworkFactory.eINSTANCE.createArea();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("other.framework#OA6"));
        assertEquals("OA6", Values.idOf(proxy));
    }
}
