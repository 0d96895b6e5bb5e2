package org.framewright.cli;

import java.util.List;

/**
 * One option a command declares: its name (without dashes; optionally a one-letter short name, {@code -o}), the
 * placeholder of its value (null for a flag, which takes none), whether it must be given and whether it may be given more than once, the values it allows (empty: any)
 * and one line of help. {@link CommandLine} parses by these declarations and writes the usage and the help from them,
 * so that the two cannot drift apart.
 */
public final class Option {

    private final String name;
    private final String shortName;
    private final String value;
    private final boolean required;
    private final boolean repeatable;
    private final List<String> choices;
    private final String help;

    private Option(String name, String shortName, String value, boolean required, boolean repeatable,
            List<String> choices, String help) {
        this.name = name;
        this.shortName = shortName;
        this.value = value;
        this.required = required;
        this.repeatable = repeatable;
        this.choices = choices;
        this.help = help;
    }

    /** An optional option taking a value shown as {@code placeholder} in the usage, e.g. {@code FILE}. */
    public static Option value(String name, String placeholder, String help) {
        return new Option(name, null, placeholder, false, false, List.of(), help);
    }

    /** An optional option taking one of {@code choices}; the usage shows them as {@code a|b|c}. */
    public static Option choice(String name, List<String> choices, String help) {
        return new Option(name, null, String.join("|", choices), false, false, List.copyOf(choices), help);
    }

    /** An option without a value: given or not. */
    public static Option flag(String name, String help) {
        return new Option(name, null, null, false, false, List.of(), help);
    }

    /** This option, which must be given. */
    public Option required() {
        return new Option(name, shortName, value, true, repeatable, choices, help);
    }

    /** This option, which may be given several times (each value is kept, in order). */
    public Option repeatable() {
        return new Option(name, shortName, value, required, true, choices, help);
    }

    /** This option, also given as {@code -letter} (as Git's merge driver passes {@code -o}); the usage shows that. */
    public Option shortName(String letter) {
        return new Option(name, letter, value, required, repeatable, choices, help);
    }

    /** The name, without dashes. */
    public String name() {
        return name;
    }

    /** The one-letter short name, or null. */
    public String shortName() {
        return shortName;
    }

    /** The placeholder of the value in the usage ({@code FILE}, {@code table|csv}), or null for a flag. */
    public String value() {
        return value;
    }

    /** Whether the option must be given. */
    public boolean isRequired() {
        return required;
    }

    /** Whether the option may be given more than once. */
    public boolean isRepeatable() {
        return repeatable;
    }

    /** The values allowed, empty when any is. */
    public List<String> choices() {
        return choices;
    }

    /** One line of help. */
    public String help() {
        return help;
    }

    /** Whether the option takes no value. */
    public boolean isFlag() {
        return value == null;
    }

    /** How the usage line shows it: {@code --data FILE}, {@code [--scheme ID]}, {@code [--sensitivity]}. */
    public String synopsis() {
        String text = (shortName == null ? "--" + name : "-" + shortName) + (isFlag() ? "" : " " + value);
        return required ? text : "[" + text + "]";
    }
}
