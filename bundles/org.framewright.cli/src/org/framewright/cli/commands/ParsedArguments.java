package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.cli.CommandException;

/**
 * A command's arguments split into positional ones and {@code --name value} (or {@code --name=value}) options;
 * unknown options, missing values and repeated options are usage errors (exit 2).
 */
final class ParsedArguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private ParsedArguments() {
    }

    /** Parses {@code args} for a command that takes the value options {@code known} (names without dashes). */
    static ParsedArguments parse(String command, List<String> args, Set<String> known) throws CommandException {
        ParsedArguments parsed = new ParsedArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                parsed.positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (!known.contains(name)) {
                throw new CommandException(command + ": unknown option --" + name);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new CommandException(command + ": option --" + name + " needs a value");
            }
            if (parsed.options.put(name, value) != null) {
                throw new CommandException(command + ": option --" + name + " given twice");
            }
        }
        return parsed;
    }

    /** The positional arguments, in order. */
    List<String> positional() {
        return positional;
    }

    /** The value of option {@code name}, or {@code fallback} when it was not given. */
    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** True when option {@code name} was given. */
    boolean has(String name) {
        return options.containsKey(name);
    }
}
