package org.framewright.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Starts the OSGi ServiceLoader mediator (Aries SPI Fly) for the commands that need it, and only for them (issue 15,
 * start-up). JGit (the {@code log} command) and POI (spreadsheet data) log through SLF4J, which finds its logger
 * through {@link java.util.ServiceLoader}; inside OSGi only SPI Fly makes that work (without it SLF4J prints three
 * warning lines and logs nothing). Starting SPI Fly is the dearest step of a command's start: it reads the headers of
 * every bundle of the product, weaves the consumers and starts Log4j, about 0.6 s of CPU of the 1.4 s a
 * {@code --version} took. The product therefore starts it at level 5, above the CLI's framework start level 4
 * ({@code ./framewright} passes {@code -Dosgi.startLevel=4}; the workbench runs at the default 6), and the CLI starts
 * it here, before the command's classes are loaded, unless the command is one of {@link #WITHOUT} and no argument is
 * a spreadsheet.
 */
public final class ServiceLoaderMediator {

    /** The mediator's bundle. */
    public static final String BUNDLE = "org.apache.aries.spifly.dynamic.bundle";

    /** Commands that load neither JGit nor POI unless given a spreadsheet (help, version and the model commands). */
    public static final Set<String> WITHOUT = Set.of("--help", "help", "-h", "--version", "version", "-V",
        "validate", "format", "diff", "score", "normalise");

    private ServiceLoaderMediator() {
    }

    /** Whether the command line {@code args} may load a library that needs the mediator. */
    public static boolean needed(List<String> args) {
        if (args.isEmpty() || !WITHOUT.contains(args.get(0))) {
            return !args.isEmpty();
        }
        return args.stream().map(a -> a.toLowerCase(Locale.ROOT)).anyMatch(a -> a.endsWith(".xlsx") || a.endsWith(".xls"));
    }

    /**
     * Starts the mediator when {@code args} need it and the framework runs below its start level (the CLI's level 4):
     * raises the framework to the mediator's level and waits until it is reached. Outside OSGi, or in the workbench
     * and the tests (already at the mediator's level), nothing happens.
     */
    public static void startIfNeeded(List<String> args) {
        Bundle own = FrameworkUtil.getBundle(ServiceLoaderMediator.class);
        BundleContext context = own == null ? null : own.getBundleContext();
        if (!needed(args) || context == null) {
            return;
        }
        for (Bundle bundle : context.getBundles()) {
            if (BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                int level = bundle.adapt(BundleStartLevel.class).getStartLevel();
                FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION)
                    .adapt(FrameworkStartLevel.class);
                if (framework.getStartLevel() < level) {
                    CountDownLatch reached = new CountDownLatch(1);
                    framework.setStartLevel(level, event -> reached.countDown());
                    try {
                        // the command still runs if this takes too long; its libraries may then log nothing
                        reached.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }
}
