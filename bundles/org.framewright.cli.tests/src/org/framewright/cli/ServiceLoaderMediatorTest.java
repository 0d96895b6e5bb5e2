package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Which command lines start the ServiceLoader mediator (SPI Fly): everything that may load JGit or POI, never
 * {@code --version} or the model commands on CSV data.
 */
class ServiceLoaderMediatorTest {

    @Test
    void versionHelpAndTheModelCommandsOnCsvDoWithoutIt() {
        assertFalse(ServiceLoaderMediator.needed(List.of("--version")));
        assertFalse(ServiceLoaderMediator.needed(List.of()));
        assertFalse(ServiceLoaderMediator.needed(List.of("validate", "a.framework")));
        assertFalse(ServiceLoaderMediator.needed(List.of("score", "a.framework", "--data", "trend_data.csv")));
        assertFalse(ServiceLoaderMediator.needed(List.of("diff", "a.framework", "b.framework")));
    }

    @Test
    void gitHistorySpreadsheetsPluginsAndEveryOtherCommandStartIt() {
        assertTrue(ServiceLoaderMediator.needed(List.of("log", "a.framework")));
        assertTrue(ServiceLoaderMediator.needed(List.of("score", "a.framework", "--data", "Councils.XLSX")));
        assertTrue(ServiceLoaderMediator.needed(List.of("normalise", "--data=old.xls", "--method", "rank")));
        assertTrue(ServiceLoaderMediator.needed(List.of("install", "file:/tmp/site")));
        assertTrue(ServiceLoaderMediator.needed(List.of("report", "a.framework", "--data", "d.csv")));
    }

    @Test
    void inATestRuntimeAlreadyAtItsLevelNothingChanges() {
        Bundle mediator = null;
        for (Bundle bundle : FrameworkUtil.getBundle(ServiceLoaderMediator.class).getBundleContext().getBundles()) {
            if (ServiceLoaderMediator.BUNDLE.equals(bundle.getSymbolicName())) {
                mediator = bundle;
            }
        }
        int before = mediator == null ? -1 : mediator.getState();
        ServiceLoaderMediator.startIfNeeded(List.of("log", "a.framework"));
        assertEquals(before, mediator == null ? -1 : mediator.getState());
    }
}
