package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;

/**
 * A command's arguments: positionals and {@code --name value} options (also {@code --name=value}). Unknown options,
 * a missing value or a repeated option are usage errors ({@link ExitCode#ERROR}).
 */
final class Arguments {

    private final String command;
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /** Parses {@code args}, accepting only the option names in {@code known} (without dashes). */
    static Arguments parse(String command, List<String> args, Set<String> known) throws CommandException {
        Arguments parsed = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                parsed.positionals.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!known.contains(name)) {
                throw parsed.usage("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw parsed.usage("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (parsed.options.put(name, value) != null) {
                throw parsed.usage("--" + name + " is given twice");
            }
        }
        return parsed;
    }

    List<String> positionals() {
        return positionals;
    }

    /** The option's value, or null when absent. */
    String option(String name) {
        return options.get(name);
    }

    /** The option's value; a usage error when absent. */
    String required(String name) throws CommandException {
        String value = options.get(name);
        if (value == null) {
            throw usage("--" + name + " is required");
        }
        return value;
    }

    /** The option's value, which must be one of {@code allowed}; {@code fallback} when absent. */
    String choice(String name, List<String> allowed, String fallback) throws CommandException {
        String value = options.getOrDefault(name, fallback);
        if (value != null && !allowed.contains(value)) {
            throw usage("--" + name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
        }
        return value;
    }

    /** A usage error naming the command. */
    CommandException usage(String message) {
        return new CommandException(command + ": " + message + " (see 'framewright " + command + " --help')",
            ExitCode.ERROR, null);
    }
}
