package org.framewright.cli.commands;

import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.io.ComparatorGroupImport;
import org.framewright.io.ComparatorGroupReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataProblem;
import org.framewright.model.DataSet;

/** Reads a comparator groups file for a command and hands its groups to a data set. */
final class ComparatorGroups {

    /**
     * {@code --groups FILE}, as every scoring command declares it: the groups that {@code comparator position} and
     * the comparator imputations (comparator mean, median) read.
     */
    static final Option OPTION = Option.value("groups", "FILE", "comparator groups for comparator position and "
        + "comparator imputations (Oflog's NN.json or a CSV group,council)");

    private ComparatorGroups() {
    }

    /** Adds the groups of the file given as {@code --groups}, if any, to {@code data} ({@link #addTo}). */
    static void addGiven(CommandContext context, String fileOrNull, DataSet data) throws CommandException {
        if (fileOrNull != null) {
            addTo(context, fileOrNull, data);
        }
    }

    /**
     * Reads {@code file} ({@link ComparatorGroupReader}) and adds its groups to {@code data}; errors are printed as
     * {@code file:line:column: message} and end the command with exit 1, an unreadable file with exit 2.
     */
    static void addTo(CommandContext context, String file, DataSet data) throws CommandException {
        ComparatorGroupImport groups;
        try {
            groups = ComparatorGroupReader.read(context.resolve(file));
        } catch (DataFileException e) {
            throw new CommandException(e.getMessage(), ExitCode.ERROR, e);
        }
        if (!groups.errors().isEmpty()) {
            ProblemLines.print(context.err(), groups.errors(), DataProblem::kind);
            throw new CommandException(groups.errors().size() + " error(s) in " + file + "; nothing was scored",
                ExitCode.FAILURE, null);
        }
        groups.copyInto(data);
    }
}
