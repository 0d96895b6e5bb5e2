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
 * in-process, with its messages captured): its folder (the OSGi install area) and its p2 profile ({@code
 * eclipse.p2.profile} of the product's config.ini). A feature {@code ID} is the p2 unit {@code ID.feature.group}.
 */
public final class ProductInstallation {

    /** The suffix p2 gives the installable unit of a feature. */
    public static final String FEATURE_GROUP = ".feature.group";

    /** The profile property p2 sets on the units a user installed (the roots). */
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";

    private final File folder;
    private final String profile;

    private ProductInstallation(File folder, String profile) {
        this.folder = folder;
        this.profile = profile;
    }

    /** The running product; an error when Framewright does not run from an installed product (e.g. in a test). */
    public static ProductInstallation running() throws CommandException {
        String profile = System.getProperty("eclipse.p2.profile");
        URL area = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
        File folder;
        try {
            folder = area == null ? null : URIUtil.toFile(URIUtil.toURI(area));
        } catch (URISyntaxException e) {
            folder = null;
        }
        if (profile == null || folder == null || !new File(folder, "p2").isDirectory()) {
            throw new CommandException("this Framewright does not run from an installed product with p2 (no p2 "
                + "profile" + (folder == null ? "" : " in " + folder) + "); run it with ./framewright");
        }
        return new ProductInstallation(folder, profile);
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
     * The features installed as roots of the profile (what {@code install} added), each {@code ID VERSION}, sorted;
     * the product itself is not listed. Read from the product's p2 profile registry.
     */
    public List<String> installedFeatures() throws CommandException {
        BundleContext bundles = FrameworkUtil.getBundle(ProductInstallation.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> reference =
            bundles.getServiceReference(IProvisioningAgentProvider.class);
        if (reference == null) {
            throw new CommandException("p2 is not running in this Framewright (no provisioning agent provider)");
        }
        IProvisioningAgent agent = null;
        try {
            agent = bundles.getService(reference).createAgent(new File(folder, "p2").toURI());
            IProfileRegistry registry = agent.getService(IProfileRegistry.class);
            IProfile installed = registry == null ? null : registry.getProfile(profile);
            if (installed == null) {
                throw new CommandException("no p2 profile '" + profile + "' in " + new File(folder, "p2"));
            }
            List<String> features = new ArrayList<>();
            for (IInstallableUnit unit : installed.query(QueryUtil.createIUAnyQuery(), null)) {
                if (unit.getId().endsWith(FEATURE_GROUP)
                    && "true".equals(installed.getInstallableUnitProperty(unit, ROOT))) {
                    features.add(unit.getId().substring(0, unit.getId().length() - FEATURE_GROUP.length()) + " "
                        + unit.getVersion());
                }
            }
            features.sort(null);
            return features;
        } catch (ProvisionException e) {
            throw new CommandException("cannot read the p2 profile in " + new File(folder, "p2") + ": "
                + e.getMessage(), ExitCode.ERROR, e);
        } finally {
            if (agent != null) {
                agent.stop();
            }
            bundles.ungetService(reference);
        }
    }

    /** What the director reported: its informational lines and its problems. */
    private record Result(List<String> out, List<String> problems) {
    }

    private Result direct(String what, List<String> arguments) throws CommandException {
        List<String> args = new ArrayList<>(arguments);
        args.addAll(List.of("-destination", folder.getAbsolutePath(), "-profile", profile));
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        DirectorApplication director = new DirectorApplication();
        director.setLog(new ILog() {
            @Override
            public void log(IStatus status) {
                collect(status, result.problems);
            }

            @Override
            public void printOut(String message) {
                result.out.add(message);
            }

            @Override
            public void printErr(String message) {
                result.problems.add(message);
            }

            @Override
            public void close() {
                // nothing to release
            }
        });
        Object exit = director.run(args.toArray(String[]::new));
        if (!Integer.valueOf(0).equals(exit)) {
            String problems = result.problems.stream().map(String::strip).filter(line -> !line.isEmpty())
                .distinct().collect(Collectors.joining("; "));
            throw new CommandException("could not " + what + ": "
                + (problems.isEmpty() ? "the p2 director failed (exit " + exit + ")" : problems), ExitCode.ERROR,
                null);
        }
        return result;
    }

    /** The messages of a status and its children, most specific last, without the director's generic wrappers. */
    private static void collect(IStatus status, List<String> into) {
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            into.add(status.getMessage());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, into);
        }
    }
}
