package org.framewright.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments as {@link CommandLine#parse} read them: the positionals, and the values of the declared
 * options. Reading an option the command did not declare is a programming error ({@link IllegalArgumentException}),
 * so that what a command reads and what its usage lists stay the same.
 */
public final class Arguments {

    private final String command;
    private final CommandLine line;
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Arguments(String command, CommandLine line) {
        this.command = command;
        this.line = line;
    }

    void addPositional(String argument) {
        positionals.add(argument);
    }

    void add(Option option, String value) throws CommandException {
        List<String> given = values.computeIfAbsent(option.name(), name -> new ArrayList<>());
        if (!given.isEmpty() && !option.isRepeatable()) {
            throw usage("--" + option.name() + " is given twice");
        }
        given.add(value);
    }

    /** The positional arguments, in order. */
    public List<String> positionals() {
        return positionals;
    }

    /** The option's value, or null when absent (for a repeatable option: its last value). */
    public String option(String name) {
        List<String> given = values(name);
        return given.isEmpty() ? null : given.get(given.size() - 1);
    }

    /** The option's value, or {@code fallback} when absent. */
    public String option(String name, String fallback) {
        String value = option(name);
        return value == null ? fallback : value;
    }

    /** Every value given for the option, in order (empty when absent). */
    public List<String> values(String name) {
        declared(name);
        return values.getOrDefault(name, List.of());
    }

    /** Whether the option (a flag or an option with a value) was given. */
    public boolean has(String name) {
        return !values(name).isEmpty();
    }

    /** The option's value; a usage error when absent. */
    public String required(String name) throws CommandException {
        String value = option(name);
        if (value == null) {
            throw usage("--" + name + " is required");
        }
        return value;
    }

    /** The option's value, which must be one of its declared choices; {@code fallback} when absent. */
    public String choice(String name, String fallback) throws CommandException {
        String value = option(name, fallback);
        List<String> allowed = declared(name).choices();
        if (value != null && !allowed.isEmpty() && !allowed.contains(value)) {
            throw usage("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return value;
    }

    /** A usage error naming the command and where its help is. */
    public CommandException usage(String message) {
        return new CommandException(command + ": " + message + " (see 'framewright " + command + " --help')",
            ExitCode.ERROR, null);
    }

    private Option declared(String name) {
        Option option = line.find(name);
        if (option == null) {
            throw new IllegalArgumentException(command + " reads option --" + name + ", which it does not declare");
        }
        return option;
    }
}
