package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The CLI runs without a display: nothing it is wired to, directly or indirectly, is a UI bundle. */
class HeadlessDependenciesTest {

    private static final Pattern UI_BUNDLE = Pattern.compile("org\\.eclipse\\.(swt|jface|ui|e4\\.ui)(\\..*)?");

    @Test
    void cliIsWiredToNoUiBundle() {
        Set<String> uiBundles = new TreeSet<>();
        Set<Bundle> seen = new HashSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(FrameworkUtil.getBundle(Dispatcher.class)));
        while (!todo.isEmpty()) {
            Bundle bundle = todo.pop();
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (!seen.add(bundle) || wiring == null) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                Bundle provider = wire.getProviderWiring().getBundle();
                if (UI_BUNDLE.matcher(String.valueOf(provider.getSymbolicName())).matches()) {
                    uiBundles.add(bundle.getSymbolicName() + " -> " + provider.getSymbolicName());
                }
                todo.push(provider);
            }
        }
        assertEquals(Set.of(), uiBundles, "UI bundles reachable from org.framewright.cli");
    }
}
