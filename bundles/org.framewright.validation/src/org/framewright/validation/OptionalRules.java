package org.framewright.validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The optional validation rules the user has enabled. An optional rule (e.g. FW-PROV-01, scored facts without
 * provenance) is off by default: its contribution says {@code optional="true"}. It runs once enabled here, by
 * {@code ./framewright validate --enable CODE}, or by the system property {@value #PROPERTY} (codes separated by
 * commas), read when this class is loaded.
 */
public final class OptionalRules {

    /** The system property listing the optional rules enabled at start, e.g. {@code FW-PROV-01}. */
    public static final String PROPERTY = "framewright.validation.enable";

    private static final Set<String> ENABLED = new ConcurrentSkipListSet<>();

    static {
        String codes = System.getProperty(PROPERTY);
        if (codes != null) {
            Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).forEach(ENABLED::add);
        }
    }

    private OptionalRules() {
    }

    /** Enables the optional rules with these codes (codes of rules that are not optional change nothing). */
    public static void enable(Collection<String> codes) {
        ENABLED.addAll(codes);
    }

    /** Disables the optional rules with these codes again. */
    public static void disable(Collection<String> codes) {
        ENABLED.removeAll(codes);
    }

    /** Whether the optional rule {@code code} is enabled. */
    public static boolean isEnabled(String code) {
        return ENABLED.contains(code);
    }

    /** The enabled codes, sorted. */
    public static Set<String> enabled() {
        return new TreeSet<>(ENABLED);
    }
}
