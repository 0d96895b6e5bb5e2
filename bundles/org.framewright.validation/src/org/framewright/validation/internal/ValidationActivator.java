package org.framewright.validation.internal;

import org.framewright.validation.FrameworkValidation;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the Framewright validator with EMF when the bundle starts (see {@link FrameworkValidation#register()}). */
public final class ValidationActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        FrameworkValidation.register();
    }

    @Override
    public void stop(BundleContext context) {
        // the registration is harmless after stop: the validator holds no resources
    }
}
