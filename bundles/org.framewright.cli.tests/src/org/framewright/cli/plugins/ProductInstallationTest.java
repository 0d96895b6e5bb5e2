package org.framewright.cli.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.cli.CommandException;
import org.junit.jupiter.api.Test;

/**
 * The product installation p2 installs into. Installing and uninstalling for real is tested on a copy of the built
 * product by {@code releng/scripts/plugin-install-test.sh} (CI); here, what holds in any runtime.
 */
class ProductInstallationTest {

    @Test
    void aFeatureIdNamesItsFeatureGroupOnce() {
        assertEquals("org.framewright.examples.feature.feature.group",
            ProductInstallation.featureUnit("org.framewright.examples.feature"));
        assertEquals("org.framewright.examples.feature.feature.group",
            ProductInstallation.featureUnit("org.framewright.examples.feature.feature.group"));
    }

    @Test
    void aRuntimeWithoutAP2ProfileIsRefusedWithTheWayToRunTheProduct() {
        // the test runtime is an OSGi framework started by Tycho, not an installed product with a p2 profile
        CommandException refused = assertThrows(CommandException.class, ProductInstallation::running);
        assertTrue(refused.getMessage().contains("does not run from an installed product with p2")
            && refused.getMessage().contains("./framewright"), refused.getMessage());
    }
}
