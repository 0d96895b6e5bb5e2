package org.framewright.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.framewright.cli.Arguments;
import org.framewright.cli.CommandException;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.model.AggregationRule;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.ScoringScheme;
import org.framewright.simulation.Uncertainty;

/**
 * The options {@code simulate} and {@code benchmark-simulation} share for uncertain rules rather than weights:
 * {@code --perturb-thresholds K}, {@code --threshold-rules RULE|BANDING,...} and
 * {@code --missing-policies RULE=POLICY|POLICY,...}. A bad value is refused with exit 1 naming the value (the
 * issue asks so for these options; the older options' usage errors keep exit 2).
 */
final class RuleUncertaintyOptions {

    private RuleUncertaintyOptions() {
    }

    static final Option PERTURB_THRESHOLDS = Option.value("perturb-thresholds", "K",
        "shift every band boundary and target RAG boundary by up to +-K points per draw (default 0: fixed)");
    static final Option THRESHOLD_RULES = Option.value("threshold-rules", "RULE|BANDING,...",
        "shift only these rules' bandings or RAG boundaries, or these bandings (default every aggregation"
            + " rule's and every target RAG rule's)");
    static final Option MISSING_POLICIES = Option.value("missing-policies", "RULE=POLICY|POLICY,...",
        "draw RULE's missing-data policy among these per draw").repeatable();

    /** {@code base} with the thresholds and policies {@code arguments} give. */
    static Uncertainty apply(String command, Arguments arguments, Uncertainty base) throws CommandException {
        double shift = 0;
        String k = arguments.option("perturb-thresholds");
        if (k != null) {
            try {
                shift = Double.parseDouble(k);
            } catch (NumberFormatException e) {
                shift = Double.NaN;
            }
            if (!(shift >= 0) || Double.isInfinite(shift)) {
                throw bad(command + ": --perturb-thresholds takes a number of points of at least 0, not '" + k + "'");
            }
        }
        String rules = arguments.option("threshold-rules");
        List<String> targets = rules == null ? List.of() : List.of(rules.split(","));
        Map<String, List<MissingDataPolicy>> policies = new LinkedHashMap<>();
        for (String value : arguments.values("missing-policies")) {
            for (String entry : value.split(",")) {
                int equals = entry.indexOf('=');
                if (equals <= 0 || equals == entry.length() - 1) {
                    throw bad(command + ": --missing-policies takes RULE=POLICY|POLICY, not '" + entry + "'");
                }
                List<MissingDataPolicy> parsed = new ArrayList<>();
                for (String name : entry.substring(equals + 1).split("\\|")) {
                    parsed.add(policy(command, name));
                }
                policies.put(entry.substring(0, equals).trim(), parsed);
            }
        }
        return base.withThresholds(shift, targets).withPolicies(policies);
    }

    /** Refuses (exit 1) a rule or banding the scheme does not have. */
    static void check(String command, ScoringScheme scheme, Uncertainty uncertainty) throws CommandException {
        for (String target : uncertainty.thresholdTargets()) {
            AggregationRule rule = rule(scheme, target);
            IndicatorRule indicatorRule = scheme.getIndicatorRules().stream().filter(r -> target.equals(r.getId()))
                .findFirst().orElse(null);
            if (rule == null && indicatorRule == null
                    && scheme.getBandings().stream().noneMatch(b -> target.equals(b.getId()))) {
                throw bad(command + ": --threshold-rules: scheme " + scheme.getId() + " has no rule or banding '"
                    + target + "'");
            }
            if (rule != null ? rule.getBanding() == null : indicatorRule != null && indicatorRule.getBanding() == null) {
                throw bad(command + ": --threshold-rules: rule " + target + " of scheme " + scheme.getId()
                    + " rates with no banding, so it has no thresholds to perturb");
            }
        }
        for (String id : uncertainty.policyChoices().keySet()) {
            if (rule(scheme, id) == null) {
                throw bad(command + ": --missing-policies: scheme " + scheme.getId() + " has no aggregation rule '" + id
                    + "'");
            }
        }
    }

    private static AggregationRule rule(ScoringScheme scheme, String id) {
        return scheme.getAggregations().stream().filter(r -> id.equals(r.getId())).findFirst().orElse(null);
    }

    /** A policy as the model writes it ({@code impute mean}), hyphenated ({@code impute-mean}) or by its name. */
    private static MissingDataPolicy policy(String command, String name) throws CommandException {
        String literal = name.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ')
            .replace("re weight", "re-weight");
        for (MissingDataPolicy policy : MissingDataPolicy.VALUES) {
            if (policy != MissingDataPolicy.UNSPECIFIED && (policy.getLiteral().equals(literal)
                    || policy.getName().equalsIgnoreCase(name.trim()))) {
                return policy;
            }
        }
        throw bad(command + ": --missing-policies: unknown missing-data policy '" + name + "'; the policies are "
            + "exclude-and-re-weight, impute-mean, impute-median, impute-lowest, fail");
    }

    private static CommandException bad(String message) {
        return new CommandException(message, ExitCode.FAILURE, null);
    }
}
