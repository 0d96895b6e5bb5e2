package org.framewright.cli.commands;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.Frequency;

/** Reads data for the series commands with the framework's checks and a declared frequency. */
final class SeriesInputs {
    private SeriesInputs() {
    }

    static DataImport data(CommandContext context, String file, Framework framework, String period,
            Frequency frequency) throws CommandException {
        DataImport data;
        try {
            data = CouncilDataReader.read(context.resolve(file),
                new ImportOptions(framework, period).withFrequency(frequency));
        } catch (DataFileException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        for (DataProblem warning : data.warnings()) {
            context.err().println("warning: " + warning);
        }
        if (data.hasErrors()) {
            ProblemLines.print(context.err(), data.errors(), DataProblem::kind);
            throw new CommandException(data.errors().size() + " error(s) in " + file + "; nothing written",
                ExitCode.FAILURE, null);
        }
        return data;
    }
}
