package org.framewright.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a command takes: a synopsis of its positional arguments (e.g. {@code MODEL}, {@code FILE...}) and its
 * declared {@link Option}s, in the order the usage lists them. The one place a command states its options: the
 * usage line ({@link #usage()}), the option list of {@code framewright help COMMAND} and the parsing
 * ({@link #parse}) are all made from it.
 *
 * <pre>
 * private static final CommandLine LINE = new CommandLine("MODEL",
 *     Option.value("data", "FILE", "the council data").required(),
 *     Option.choice("format", List.of("table", "csv"), "the output format (default table)"));
 * </pre>
 */
public final class CommandLine {

    private final String positionals;
    private final List<Option> options;

    /** A command taking {@code positionals} (a synopsis; empty for none) and {@code options}. */
    public CommandLine(String positionals, Option... options) {
        this.positionals = positionals;
        this.options = List.copyOf(Arrays.asList(options));
        for (int i = 0; i < options.length; i++) {
            for (int j = 0; j < i; j++) {
                if (options[i].name().equals(options[j].name())) {
                    throw new IllegalArgumentException("option --" + options[i].name() + " is declared twice");
                }
            }
        }
    }

    /** The declared options, in usage order. */
    public List<Option> options() {
        return options;
    }

    /** The usage after the command's name: the positionals, then each option's {@link Option#synopsis()}. */
    public String usage() {
        List<String> parts = new ArrayList<>();
        if (!positionals.isEmpty()) {
            parts.add(positionals);
        }
        options.forEach(option -> parts.add(option.synopsis()));
        return String.join(" ", parts);
    }

    /** {@code --name} for the short name {@code -x} of a declared option, else {@code arg} itself. */
    private String shortToLong(String arg) {
        for (Option option : options) {
            if (option.shortName() != null && arg.equals("-" + option.shortName())) {
                return "--" + option.name();
            }
        }
        return arg;
    }

    /** The option declared as {@code name}, or null. */
    Option find(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * Parses {@code args} of {@code command}: {@code --name value}, {@code --name=value}, {@code -x value} for a
     * declared short name, {@code --flag}; any other argument is positional. An undeclared option, a missing value, a
     * value given to a flag and a second value for an option that is not repeatable are usage errors ({@link ExitCode#ERROR}); required options and allowed
     * values are checked when the command reads them ({@link Arguments#required}, {@link Arguments#choice}), so the
     * command decides which problem it reports first.
     */
    public Arguments parse(String command, List<String> args) throws CommandException {
        Arguments parsed = new Arguments(command, this);
        for (int i = 0; i < args.size(); i++) {
            String arg = shortToLong(args.get(i));
            if (!arg.startsWith("--")) {
                parsed.addPositional(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            Option option = find(name);
            if (option == null) {
                throw parsed.usage("unknown option --" + name);
            }
            String value = equals < 0 ? null : arg.substring(equals + 1);
            if (option.isFlag()) {
                if (value != null) {
                    throw parsed.usage("--" + name + " takes no value");
                }
                value = "";
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    throw parsed.usage("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            parsed.add(option, value);
        }
        return parsed;
    }
}
