package org.framewright.ui.start;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Opens the Getting Started page the first time Framewright starts on a workspace; remembered in the workspace's
 * preferences, so later starts open on the user's own work (the page stays under Help > Getting Started).
 */
public final class FirstStart {

    /** The preference (of this bundle, in the workspace) set once the page was shown. */
    public static final String SHOWN_KEY = "gettingStartedShown";

    private FirstStart() {
    }

    /** Shows the Getting Started page in {@code window} unless it was shown on this workspace before. */
    public static void showGettingStartedOnce(IWorkbenchWindow window) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.framewright.ui");
        if (preferences.getBoolean(SHOWN_KEY, false) || window == null || window.getActivePage() == null) {
            return;
        }
        try {
            GettingStartedEditor.open(window.getActivePage());
            preferences.putBoolean(SHOWN_KEY, true);
            preferences.flush();
        } catch (PartInitException | BackingStoreException e) {
            ILog.of(FirstStart.class).error("The Getting Started page could not be shown on first start", e);
        }
    }
}
