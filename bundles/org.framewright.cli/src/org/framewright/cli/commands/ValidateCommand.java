package org.framewright.cli.commands;

import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandLine;
import org.framewright.cli.Option;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.OptionalRules;
import org.framewright.validation.Severity;

/**
 * {@code framewright validate FILE...}: checks framework files. Standard output gets one line per diagnostic,
 * exactly {@code SEVERITY CODE element-path: message} (no file prefix, also for several files); standard error gets
 * a summary line per file ({@code FILE: 1 error, 2 warnings, 0 infos}) and the load problems of unreadable files.
 * Exit 0 without errors, 1 when some file has an error, 2 when some file cannot be read (the others are still
 * validated).
 */
public final class ValidateCommand implements Command {

    private static final CommandLine LINE = new CommandLine("FILE...",
        Option.value("enable", "CODE", "also run the optional rule CODE (e.g. FW-PROV-01: scored facts without "
            + "provenance); repeatable").repeatable());

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check framework files; print 'SEVERITY CODE element-path: message' per problem";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        Arguments parsed = LINE.parse(name(), args);
        List<String> enabled = parsed.values("enable").stream()
            .filter(code -> !OptionalRules.isEnabled(code)).toList();
        OptionalRules.enable(enabled);
        try {
            return validate(context, parsed.positionals());
        } finally {
            // only for this run: the next command in the same process validates with the defaults again
            OptionalRules.disable(enabled);
        }
    }

    private int validate(CommandContext context, List<String> files) throws CommandException {
        return FrameworkFileLoop.forEach(context, name(), files, (argument, framework) -> {
            List<ModelDiagnostic> diagnostics = FrameworkValidation.validate(framework);
            diagnostics.forEach(context.out()::println);
            context.err().println(argument + ": " + count(diagnostics, Severity.ERROR, "error") + ", "
                + count(diagnostics, Severity.WARNING, "warning") + ", " + count(diagnostics, Severity.INFO, "info"));
            return FrameworkValidation.hasErrors(diagnostics) ? ExitCode.FAILURE : ExitCode.OK;
        });
    }

    private static String count(List<ModelDiagnostic> diagnostics, Severity severity, String word) {
        long n = diagnostics.stream().filter(d -> d.severity() == severity).count();
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
