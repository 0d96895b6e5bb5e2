package org.framewright.cli;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.framewright.cli.commands.AuditCommand;
import org.framewright.cli.commands.BenchmarkCommand;
import org.framewright.cli.commands.BenchmarkModelCommand;
import org.framewright.cli.commands.BenchmarkSimulationCommand;
import org.framewright.cli.commands.CompareCommand;
import org.framewright.cli.commands.DiffCommand;
import org.framewright.cli.commands.FormatCommand;
import org.framewright.cli.commands.HelpCommand;
import org.framewright.cli.commands.InstallCommand;
import org.framewright.cli.commands.LogCommand;
import org.framewright.cli.commands.MergeCommand;
import org.framewright.cli.commands.NormaliseCommand;
import org.framewright.cli.commands.ProvenanceCommand;
import org.framewright.cli.commands.PluginsCommand;
import org.framewright.cli.commands.ReportCommand;
import org.framewright.cli.commands.ScoreCommand;
import org.framewright.cli.commands.ScorecardCommand;
import org.framewright.cli.commands.SimulateCommand;
import org.framewright.cli.commands.TrendCommand;
import org.framewright.cli.commands.UninstallCommand;
import org.framewright.cli.commands.ValidateCommand;
import org.framewright.cli.commands.VersionCommand;

/** The subcommands of {@code framewright} by name, in the order {@code --help} lists them. */
public final class CommandRegistry {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** A registry of the given commands; names must be unique. */
    public CommandRegistry(List<? extends Command> commands) {
        for (Command command : commands) {
            if (this.commands.putIfAbsent(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands named " + command.name());
            }
        }
    }

    /**
     * All commands of the product. To add a subcommand, write a {@link Command} in
     * {@code org.framewright.cli.commands} and list it here.
     */
    public static CommandRegistry builtIn() {
        return new CommandRegistry(List.of(
                new HelpCommand(),
                new VersionCommand(),
                new ValidateCommand(),
                new FormatCommand(),
                new ScoreCommand(),
                new NormaliseCommand(),
                new AuditCommand(),
                new ScorecardCommand(),
                new BenchmarkCommand(),
                new TrendCommand(),
                new SimulateCommand(),
                new DiffCommand(),
                new MergeCommand(),
                new LogCommand(),
                new ProvenanceCommand(),
                new CompareCommand(),
                new ReportCommand(),
                new InstallCommand(),
                new UninstallCommand(),
                new PluginsCommand(),
                new BenchmarkSimulationCommand(),
                new BenchmarkModelCommand()));
    }

    /** The command called {@code name}, if any. */
    public Optional<Command> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** All commands in listing order. */
    public Collection<Command> all() {
        return Collections.unmodifiableCollection(commands.values());
    }
}
