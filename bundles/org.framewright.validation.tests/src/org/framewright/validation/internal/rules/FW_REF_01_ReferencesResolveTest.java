package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.framewright.model.*;

/** Rule FW-REF-01: fixture plus oracle, one violating and one clean element. */
class FW_REF_01_ReferencesResolveTest {

    private final Fixture fx = new Fixture();

    @org.junit.jupiter.api.Test
    void aBasedOnToAMissingFileIsReported() {
        Framework proxy = Fixture.F.createFramework();
        ((org.eclipse.emf.ecore.InternalEObject) proxy).eSetProxyURI(
            org.eclipse.emf.common.util.URI.createFileURI("/fixture/missing.framework").appendFragment("missing"));
        fx.framework.setBasedOn(proxy);

        fx.assertReportsOnly(FW_REF_01_ReferencesResolve.CODE, fx.framework, fx.scheme);
        assertEquals("ERROR FW-REF-01 fx: Framework 'fx' (The fx): basedOn refers to 'missing.framework#missing', which"
            + " cannot be resolved: the file missing.framework does not exist",
            fx.diagnostics(FW_REF_01_ReferencesResolve.CODE).get(0).toString());
    }
}
