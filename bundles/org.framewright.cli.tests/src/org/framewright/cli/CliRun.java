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

    static CliRun with(CommandRegistry registry, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CommandContext context = new CommandContext(o, e, Path.of("."), FramewrightApplication.version(), registry);
            int code = new Dispatcher(context, false).run(List.of(args));
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
