package org.framewright.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One in-process run of the dispatcher with captured standard output and error. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return with(CommandRegistry.builtIn(), args);
    }

    /** A run whose relative file arguments are resolved against {@code directory}, as a process started there. */
    static CliRun in(Path directory, String... args) {
        return with(CommandRegistry.builtIn(), directory, args);
    }

    static CliRun with(CommandRegistry registry, String... args) {
        return with(registry, Path.of("."), args);
    }

    private static CliRun with(CommandRegistry registry, Path directory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CommandContext context = new CommandContext(o, e, directory, FramewrightApplication.version(), registry);
            int code = new Dispatcher(context, false).run(List.of(args));
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
