package org.framewright.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.framewright.model.FrameworkPackage;

/**
 * A {@link Diagnostician} that always runs the {@link FrameworkValidator} (whatever the global registry holds) and
 * names elements in EMF's own messages the way Framewright's rules do ({@link ElementNames#describe}).
 */
public final class FrameworkDiagnostician extends Diagnostician {

    /** A diagnostician with the Framewright validator, delegating other packages to the global registry. */
    public FrameworkDiagnostician() {
        super(registry());
    }

    private static EValidator.Registry registry() {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(FrameworkPackage.eINSTANCE, new FrameworkValidator());
        return registry;
    }

    @Override
    public String getObjectLabel(EObject eObject) {
        return ElementNames.describe(eObject);
    }
}
