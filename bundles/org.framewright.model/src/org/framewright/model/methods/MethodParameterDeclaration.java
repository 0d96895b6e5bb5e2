package org.framewright.model.methods;

/**
 * A parameter a method declares (a {@code parameter} element of its contribution); a model gives its value as a
 * {@link org.framewright.model.MethodParameter} of the rule.
 *
 * @param name the name a model's MethodParameter uses
 * @param type {@code decimal}, {@code integer}, {@code boolean} or {@code text}
 * @param defaultValue the value when the rule gives none, or null
 * @param minimum the smallest allowed number, or null
 * @param maximum the largest allowed number, or null
 * @param description what the parameter changes
 * @param choices the values a {@code text} parameter may take (empty: any text), e.g. a policy's names
 * @param above the name of another numeric parameter of the method whose value this one's must exceed (e.g. a
 *        range's {@code high} above its {@code low}), or null
 */
public record MethodParameterDeclaration(String name, String type, String defaultValue, Double minimum, Double maximum,
        String description, java.util.List<String> choices, String above) {

    /** A declaration not bound to another parameter. */
    public MethodParameterDeclaration(String name, String type, String defaultValue, Double minimum, Double maximum,
            String description, java.util.List<String> choices) {
        this(name, type, defaultValue, minimum, maximum, description, choices, null);
    }

    /** A declaration without choices. */
    public MethodParameterDeclaration(String name, String type, String defaultValue, Double minimum, Double maximum,
            String description) {
        this(name, type, defaultValue, minimum, maximum, description, java.util.List.of(), null);
    }

    /** Copies {@code choices}. */
    public MethodParameterDeclaration {
        choices = choices == null ? java.util.List.of() : java.util.List.copyOf(choices);
    }

    /** Whether the method needs a value from the rule: it declares no default. */
    public boolean required() {
        return defaultValue == null;
    }

    /** Why {@code value} does not fit this declaration (type, range), or null when it does. */
    public String problem(String value) {
        if (value == null) {
            return "no value";
        }
        try {
            switch (type) {
                case "integer" -> {
                    return inRange(Long.parseLong(value.trim()));
                }
                case "decimal" -> {
                    return inRange(Double.parseDouble(value.trim()));
                }
                case "boolean" -> {
                    return "true".equals(value) || "false".equals(value) ? null : "'" + value + "' is not true or false";
                }
                default -> {
                    return choices.isEmpty() || choices.contains(value) ? null
                        : "'" + value + "' is not one of " + String.join(", ", choices);
                }
            }
        } catch (NumberFormatException e) {
            return "'" + value + "' is not " + (type.equals("integer") ? "an integer" : "a number");
        }
    }

    private String inRange(double number) {
        if (minimum != null && number < minimum || maximum != null && number > maximum) {
            return number + " is outside " + (minimum == null ? "" : minimum) + ".." + (maximum == null ? "" : maximum);
        }
        return null;
    }
}
