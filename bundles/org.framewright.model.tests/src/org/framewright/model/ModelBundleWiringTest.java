package org.framewright.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Checks the model bundle's OSGi wiring: it resolves and re-exports EMF Ecore and XMI to its clients. */
class ModelBundleWiringTest {

    @Test
    void modelBundleResolvesInOsgi() {
        Bundle self = FrameworkUtil.getBundle(ModelBundleWiringTest.class);
        assertNotNull(self, "tests run inside OSGi");
        Bundle model = Arrays.stream(self.getBundleContext().getBundles())
                .filter(b -> "org.framewright.model".equals(b.getSymbolicName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("org.framewright.model is not installed"));
        assertTrue((model.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0,
                "org.framewright.model is resolved, state=" + model.getState());
        assertEquals(self.getVersion().getMajor(), model.getVersion().getMajor(), "same release as its tests");
    }

    @Test
    void ecoreAndXmiAreReexported() {
        assertEquals("ecore", EcorePackage.eINSTANCE.getName());
        assertNotNull(new XMIResourceImpl());
    }
}
