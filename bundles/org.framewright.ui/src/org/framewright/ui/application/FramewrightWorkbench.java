package org.framewright.ui.application;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The workbench application ({@code org.framewright.ui.app}): opens the Framewright workbench on the workspace
 * given with {@code -data}, else on {@link #defaultWorkspace()}.
 */
public final class FramewrightWorkbench implements IApplication {

    /** The application id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.app";

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Display display = PlatformUI.createDisplay();
        try {
            Location workspace = Platform.getInstanceLocation();
            if (workspace == null) {
                MessageDialog.openError(null, "Framewright", "Framewright needs a workspace: start it with -data FOLDER.");
                return EXIT_OK;
            }
            if (!workspace.isSet()) {
                File folder = defaultWorkspace();
                folder.mkdirs();
                workspace.set(folder.toURI().toURL(), false);
            }
            if (!workspace.lock()) {
                URL url = workspace.getURL();
                MessageDialog.openError(null, "Framewright", "The workspace " + url.getPath()
                    + " is in use by another Framewright. Close it, or start with -data OTHER-FOLDER.");
                return EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new FramewrightWorkbenchAdvisor());
            if (code == PlatformUI.RETURN_RESTART && restartSelf(workspace)) {
                return EXIT_OK;
            }
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    /**
     * Starts this Java process's command line again, as a native Eclipse launcher does on {@link #EXIT_RESTART}: the
     * product runs without one ({@code java -jar plugins/org.eclipse.equinox.launcher_*.jar}, see ./framewright), and
     * p2 asks for a restart after installing or uninstalling software. The workspace is released first. False when the
     * command line is not known (then the exit code asks whoever started Framewright to restart it).
     */
    private static boolean restartSelf(Location workspace) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (self.command().isEmpty() || self.arguments().isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>();
        command.add(self.command().get());
        command.addAll(List.of(self.arguments().get()));
        try {
            workspace.release();
            new ProcessBuilder(command).inheritIO().start();
            return true;
        } catch (IOException e) {
            Platform.getLog(FramewrightWorkbench.class).error("Could not restart Framewright: " + command, e);
            return false;
        }
    }

    /** {@code $XDG_DATA_HOME/framewright/workspace}, by default {@code ~/.local/share/framewright/workspace}. */
    public static File defaultWorkspace() {
        String dataHome = System.getenv("XDG_DATA_HOME");
        File base = dataHome == null || dataHome.isBlank()
            ? new File(System.getProperty("user.home"), ".local/share") : new File(dataHome);
        return new File(new File(base, "framewright"), "workspace");
    }
}
