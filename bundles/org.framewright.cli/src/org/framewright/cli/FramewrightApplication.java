package org.framewright.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The Equinox application {@code org.framewright.cli.app}: runs one subcommand through the {@link Dispatcher} and
 * returns its exit code as an {@link Integer}, which Equinox's launcher makes the process exit code.
 *
 * <p>Arguments come from the system properties {@code framewright.argc} and {@code framewright.arg.<i>} when the
 * {@code ./framewright} script sets them (so that no argument can be taken for an Equinox option such as
 * {@code -data}), otherwise from the application arguments. Relative paths are resolved against the system
 * property {@code framewright.cwd}, else {@code user.dir}.
 */
public final class FramewrightApplication implements IApplication {

    /** System property with the caller's working directory, set by the {@code ./framewright} script. */
    public static final String CWD_PROPERTY = "framewright.cwd";

    /** System property: the number of arguments passed as {@code framewright.arg.0 ... arg.(n-1)}. */
    public static final String ARGC_PROPERTY = "framewright.argc";

    /** System property: {@code true} prints stack traces of internal errors on stderr. */
    public static final String DEBUG_PROPERTY = "framewright.debug";

    @Override
    public Object start(IApplicationContext context) {
        context.applicationRunning();
        List<String> args = arguments(context);
        ServiceLoaderMediator.startIfNeeded(args);
        return run(args, System.out, System.err);
    }

    /** Runs a command line with the product's commands, version and working directory; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path cwd = Path.of(System.getProperty(CWD_PROPERTY, System.getProperty("user.dir")));
        CommandContext commandContext = new CommandContext(out, err, cwd, version(), CommandRegistry.builtIn());
        return new Dispatcher(commandContext, Boolean.getBoolean(DEBUG_PROPERTY)).run(args);
    }

    /** The product version {@code major.minor.micro}, read from this bundle's version. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(FramewrightApplication.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    @Override
    public void stop() {
        // A command runs to completion on the launcher's thread; there is nothing to interrupt.
    }

    private static List<String> arguments(IApplicationContext context) {
        String argc = System.getProperty(ARGC_PROPERTY);
        if (argc != null) {
            int n = Integer.parseInt(argc);
            List<String> args = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                args.add(System.getProperty("framewright.arg." + i, ""));
            }
            return args;
        }
        Map<?, ?> map = context.getArguments();
        Object value = map.get(IApplicationContext.APPLICATION_ARGS);
        return value instanceof String[] array ? Arrays.asList(array) : List.of();
    }
}
