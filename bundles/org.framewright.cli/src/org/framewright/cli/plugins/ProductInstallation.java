package org.framewright.cli.plugins;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.internal.p2.director.app.DirectorApplication;
import org.eclipse.equinox.internal.p2.director.app.ILog;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The product installation that {@code ./framewright} runs, changed through the p2 director application (run
 * in-process on the running p2 profile, with its messages captured). As in any Eclipse product started with a
 * shared configuration, that profile is the user's: the product's own features are its locked base, and what the user
 * installs (here or with Help > Install New Software...) is added for that user, beside the per-user configuration
 * (see ./framewright); the product folder is not changed. A feature {@code ID} is the p2 unit {@code ID.feature.group}.
 */
public final class ProductInstallation {

    /** The suffix p2 gives the installable unit of a feature. */
    public static final String FEATURE_GROUP = ".feature.group";

    /** The profile property p2 sets on the units a user installed (the roots). */
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";

    /** The profile property p2 sets on the roots a user profile takes over from the shared installation. */
    private static final String BASE = "org.eclipse.equinox.p2.base";

    private final File folder;

    private ProductInstallation(File folder) {
        this.folder = folder;
    }

    /** The running product; an error when Framewright does not run from an installed product with p2. */
    public static ProductInstallation running() throws CommandException {
        URL area = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
        File folder;
        try {
            folder = area == null ? null : URIUtil.toFile(URIUtil.toURI(area));
        } catch (URISyntaxException e) {
            folder = null;
        }
        if (System.getProperty("eclipse.p2.profile") == null || folder == null
            || !new File(folder, "p2").isDirectory()) {
            throw new CommandException("this Framewright does not run from an installed product with p2 (no p2 "
                + "profile" + (folder == null ? "" : " in " + folder) + "); run it with ./framewright");
        }
        return new ProductInstallation(folder);
    }

    /** The product's folder. */
    public File folder() {
        return folder;
    }

    /** The p2 unit id of a feature id ({@code ID.feature.group}); an id that already ends so is kept. */
    public static String featureUnit(String featureId) {
        return featureId.endsWith(FEATURE_GROUP) ? featureId : featureId + FEATURE_GROUP;
    }

    /** Installs the feature from the update site at {@code repository} (a URI). */
    public void install(String repository, String featureId) throws CommandException {
        direct("install " + featureId, List.of("-repository", repository, "-installIU", featureUnit(featureId)));
    }

    /** Uninstalls the feature. */
    public void uninstall(String featureId) throws CommandException {
        direct("uninstall " + featureId, List.of("-uninstallIU", featureUnit(featureId)));
    }

    /**
     * The features the user installed (roots of the running profile that are not the product's own), each
     * {@code ID VERSION}, sorted.
     */
    public List<String> installedFeatures() throws CommandException {
        BundleContext bundles = FrameworkUtil.getBundle(ProductInstallation.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference =
            bundles.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new CommandException("p2 is not running in this Framewright (no provisioning agent provider)");
        }
        try {
            IProvisioningAgent agent = bundles.getService(reference).createAgent(null);
            IProfileRegistry registry = agent.getService(IProfileRegistry.class);
            IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
            if (profile == null) {
                throw new CommandException("no p2 profile for the running Framewright ("
                    + System.getProperty("eclipse.p2.profile") + ")");
            }
            List<String> features = new ArrayList<>();
            for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
                if (unit.getId().endsWith(FEATURE_GROUP)
                    && "true".equals(profile.getInstallableUnitProperty(unit, ROOT))
                    && !"true".equals(profile.getInstallableUnitProperty(unit, BASE))) {
                    features.add(unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length()) + " "
                        + unit.getVersion());
                }
            }
            features.sort(null);
            return features;
        } catch (ProvisionException e) {
            throw new CommandException("cannot read the p2 profile: " + e.getMessage(), ExitCode.ERROR, e);
        } finally {
            bundles.ungetService(reference);
        }
    }

    /** Runs the director on the running profile (SELF); its problems become the message of the error. */
    private void direct(String what, List<String> arguments) throws CommandException {
        List<String> problems = new ArrayList<>();
        DirectorApplication director = new DirectorApplication();
        director.setLog(new ILog() {
            @Override
            public void log(IStatus status) {
                collect(status, problems);
            }

            @Override
            public void printOut(String message) {
                // progress ("Installing ...", "Operation completed in ...") is not shown
            }

            @Override
            public void printErr(String message) {
                problems.add(message);
            }

            @Override
            public void close() {
                // nothing to release
            }
        });
        Object exit = director.run(arguments.toArray(String[]::new));
        if (!Integer.valueOf(0).equals(exit)) {
            String message = problems.stream().map(String::strip).filter(line -> !line.isEmpty()).distinct()
                .collect(Collectors.joining("; "));
            throw new CommandException("could not " + what + ": "
                + (message.isEmpty() ? "the p2 director failed (exit " + exit + ")" : message), ExitCode.ERROR, null);
        }
    }

    /** The messages of a status and of its children. */
    private static void collect(IStatus status, List<String> into) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            into.add(status.getMessage());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, into);
        }
    }
}
