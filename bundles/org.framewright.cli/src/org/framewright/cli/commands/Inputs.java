package org.framewright.cli.commands;

import java.nio.file.Path;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.scoring.ScoringDataException;
import org.framewright.scoring.ScoringException;

/** Loads the inputs of the scoring commands: a framework file and a council data file. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The framework in {@code file}; an unreadable or broken model is an error (exit 2) listing its problems, a model
     * with validation errors is refused (exit 1) after printing them.
     */
    static Framework framework(CommandContext context, String file) throws CommandException {
        Framework framework;
        try {
            framework = FrameworkFiles.loadFramework(context.resolve(file));
        } catch (ModelLoadException e) {
            throw new CommandException(String.join(System.lineSeparator(), e.problems()), ExitCode.ERROR, e);
        }
        ModelFiles.checkScorable(context, file, framework);
        return framework;
    }

    /**
     * The council data in {@code file}, checked against {@code framework} (may be null) and limited to
     * {@code period} (may be null). Data errors are printed to stderr (file:line:column) and give null: the
     * command then exits with {@link ExitCode#FAILURE} and writes nothing. Warnings are printed too.
     */
    static DataImport data(CommandContext context, String file, Framework framework, String period)
            throws CommandException {
        return data(context, file, new ImportOptions(framework, period));
    }

    /**
     * The council data in {@code file} as scoring {@code scheme} of {@code framework} in {@code period} reads it
     * ({@link ImportOptions#forScoring}: the whole file in one read when a time-series imputation needs the other
     * periods); errors, warnings and null as for {@link #data(CommandContext, String, Framework, String)}.
     */
    static DataImport scoringData(CommandContext context, String file, Framework framework, ScoringScheme scheme,
            String period) throws CommandException {
        return data(context, file, ImportOptions.forScoring(framework, scheme, period));
    }

    private static DataImport data(CommandContext context, String file, ImportOptions options)
            throws CommandException {
        Path path = context.resolve(file);
        DataImport data;
        try {
            data = CouncilDataReader.read(path, options);
        } catch (DataFileException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        for (DataProblem warning : data.warnings()) {
            context.err().println("warning: " + warning);
        }
        if (data.hasErrors()) {
            ProblemLines.print(context.err(), data.errors(), DataProblem::kind);
            context.err().println(data.errors().size() + " error(s) in " + path + "; nothing written");
            return null;
        }
        return data;
    }

    /**
     * How a command ends when scoring refuses: data the scheme's treatments cannot serve
     * ({@link ScoringDataException}: no comparator groups, no denominator, ...) is a data error (exit 1), anything
     * else a request the command cannot run (exit 2). The message is scoring's, which names the rule and element,
     * after {@code prefix} (may be empty).
     */
    static CommandException refusal(String prefix, ScoringException e) {
        return new CommandException(prefix + e.getMessage(),
            e instanceof ScoringDataException ? ExitCode.FAILURE : ExitCode.ERROR, e);
    }
}
