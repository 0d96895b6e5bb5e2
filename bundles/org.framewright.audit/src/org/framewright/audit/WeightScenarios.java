package org.framewright.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Weight;
import org.framewright.model.query.AggregationRuleQuery;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringException;
import org.framewright.scoring.ScoringResult;

/**
 * The weights of a scheme (issue 16): for each input of each node a {@code mean} or {@code weighted mean} rule
 * computes, its current share of the overall score, its effective weight (share of the overall score's variance), its
 * share under PCA weights and under optimised weights ({@link #analyse}); and each of the last three as a scenario
 * the user can keep: a copy of the framework with those weights in the scheme's aggregation rules ({@link #scenario},
 * {@link #keep}).
 */
public final class WeightScenarios {

    /** The sets of weights a scenario can be made of. */
    public enum Kind {
        /** Each input weighted by its effective weight under the current weights. */
        EFFECTIVE("effective"),
        /** PCA weights ({@link PcaWeights}) at every node. */
        PCA("pca"),
        /** The optimiser's weights ({@link WeightOptimiser}). */
        OPTIMISED("optimised");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name used on the command line and in file names: {@code effective}, {@code pca}, {@code optimised}. */
        public String id() {
            return id;
        }

        /** The kind named {@code id}, or null. */
        public static Kind of(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * A scenario: the copy of the framework and its scheme with new weights.
     *
     * @param framework the copy (ids kept)
     * @param scheme the copy's scheme
     * @param notes the rules left as they were, and why
     */
    public record Scenario(Framework framework, ScoringScheme scheme, List<String> notes) {
    }

    private record Spec(String id, AggregationRule rule, List<String> inputs, double[][] columns, double[] weights) {
    }

    private WeightScenarios() {
    }

    /**
     * Scores {@code data} under {@code scheme} and works out the weights of its inputs.
     *
     * @throws ScoringException when the scheme cannot score the data (the message is for the user)
     */
    public static WeightReport analyse(Framework framework, ScoringScheme scheme, DataSet data, String period) {
        ScoringResult result = ScoringEngine.score(framework, scheme, data, period);
        List<String> order = result.nodeIds();
        List<String> notes = new ArrayList<>();
        Map<String, Spec> specs = new LinkedHashMap<>();
        for (AggregationRule rule : scheme.getAggregations()) {
            boolean linear = AggregationMethod.MEAN.is(rule.getMethod())
                || AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod());
            AggregationRuleQuery query = new AggregationRuleQuery(rule, framework);
            if (!linear || !query.isStructural()) {
                notes.add("rule " + rule.getId() + " (" + rule.getMethod() + " of " + rule.getInputs().getLiteral()
                    + ") is not a mean of scored nodes: its inputs have no weights here");
                continue;
            }
            List<Area> nodes = new ArrayList<>(rule.getAreas());
            if (rule.isOverall()) {
                nodes.add(null);
            }
            for (Area area : nodes) {
                String id = area == null ? "overall" : area.getId();
                if (order.contains(id) && !specs.containsKey(id)) {
                    List<String> inputs = query.inputsOf(area).stream().map(ModelElement::getId)
                        .filter(order::contains).distinct().toList();
                    Spec spec = spec(result, rule, id, inputs);
                    if (spec != null) {
                        specs.put(id, spec);
                    }
                }
            }
        }
        Set<String> inputsOfSomeNode = new HashSet<>();
        specs.values().forEach(s -> inputsOfSomeNode.addAll(s.inputs()));
        List<WeightTree.Node> treeNodes = specs.values().stream()
            .map(s -> new WeightTree.Node(s.id(), s.inputs())).toList();
        Map<String, double[]> current = new LinkedHashMap<>();
        specs.values().forEach(s -> current.put(s.id(), WeightTree.normalised(s.weights())));
        Map<String, double[]> values = new LinkedHashMap<>(); // "node\tinput" -> current, effective, pca, optimised
        int completeCouncils = 0;
        double before = Double.NaN;
        double after = Double.NaN;
        for (Spec root : specs.values()) {
            if (inputsOfSomeNode.contains(root.id())) {
                continue;
            }
            WeightTree tree = new WeightTree(root.id(), treeNodes);
            double[] y = StatisticalAudit.column(result, root.id(), true);
            boolean[] complete = complete(tree, specs, current, y);
            int n = 0;
            for (boolean c : complete) {
                n += c ? 1 : 0;
            }
            completeCouncils = Math.max(completeCouncils, n);
            double[] yComplete = masked(y, complete);
            // PCA at every node
            Map<String, double[]> pca = new LinkedHashMap<>();
            for (WeightTree.Node node : tree.nodes()) {
                Spec spec = specs.get(node.id());
                double[] w = current.get(node.id());
                List<double[]> items = new ArrayList<>();
                for (int i = 0; i < w.length; i++) {
                    if (w[i] > 0) {
                        items.add(masked(spec.columns()[i], complete));
                    }
                }
                double[] loadings = items.size() < 2 ? null : PcaWeights.of(items.toArray(double[][]::new));
                if (loadings == null) {
                    if (items.size() >= 2) {
                        notes.add("PCA: " + node.id() + " has no first component (fewer than 3 councils with every"
                            + " input, or an input without spread): its current weights are kept");
                    }
                    pca.put(node.id(), w.clone());
                } else {
                    double[] p = new double[w.length];
                    for (int i = 0, j = 0; i < w.length; i++) {
                        p[i] = w[i] > 0 ? loadings[j++] : 0;
                    }
                    pca.put(node.id(), p);
                }
            }
            // the leaves with a share, their covariance over the complete councils, and the optimiser
            Map<String, Double> currentShares = tree.shares(current);
            List<String> active = tree.leaves().stream().filter(l -> currentShares.getOrDefault(l, 0.0) > 0).toList();
            Map<String, double[]> optimised = current;
            if (n >= 3 && !active.isEmpty()) {
                double[][] rows = new double[n][active.size()];
                for (int i = 0; i < active.size(); i++) {
                    double[] column = leafColumn(tree, specs, active.get(i));
                    for (int c = 0, r = 0; c < column.length; c++) {
                        if (complete[c]) {
                            rows[r++][i] = column[c];
                        }
                    }
                }
                WeightOptimiser.Result optimum = WeightOptimiser.optimise(tree, current,
                    EffectiveWeights.covariance(rows));
                optimised = optimum.weights();
                before = optimum.before();
                after = optimum.after();
            } else {
                notes.add("effective weights: fewer than 3 councils have the " + root.id()
                    + " score and every weighted input: no effective or optimised weights");
            }
            Map<String, Double> pcaShares = tree.shares(pca);
            Map<String, Double> optimisedShares = tree.shares(optimised);
            for (WeightTree.Node node : tree.nodes()) {
                Spec spec = specs.get(node.id());
                double[] w = current.get(node.id());
                double[] p = WeightTree.normalised(pca.get(node.id()));
                double[] o = WeightTree.normalised(optimised.get(node.id()));
                double own = currentShares.getOrDefault(node.id(), 0.0);
                for (int i = 0; i < w.length; i++) {
                    double share = own * w[i];
                    double effective = share == 0 ? 0
                        : n < 3 ? Double.NaN : EffectiveWeights.share(share, masked(spec.columns()[i], complete),
                            yComplete);
                    values.put(node.id() + "\t" + node.inputs().get(i), new double[] {100 * share, 100 * effective,
                        100 * pcaShares.getOrDefault(node.id(), 0.0) * p[i],
                        100 * optimisedShares.getOrDefault(node.id(), 0.0) * o[i]});
                }
            }
        }
        List<WeightRow> rows = new ArrayList<>();
        for (String id : order) {
            Spec spec = specs.get(id);
            if (spec == null) {
                continue;
            }
            for (String input : spec.inputs()) {
                double[] v = values.get(id + "\t" + input);
                if (v != null) {
                    rows.add(new WeightRow(rows.size() + 1, input, id, spec.rule().getId(), v[0], v[1], v[2], v[3]));
                }
            }
        }
        if (rows.isEmpty()) {
            notes.add("scheme " + scheme.getId() + " has no mean or weighted-mean rule over scored nodes: no weights");
        }
        return new WeightReport(framework.getId(), scheme.getId(), result.period(), result.councils().size(),
            completeCouncils, List.copyOf(rows), before, after, List.copyOf(notes));
    }

    /** The node's inputs' values as the engine aggregated them, and its current weights; null with nothing to weigh. */
    private static Spec spec(ScoringResult result, AggregationRule rule, String id, List<String> inputs) {
        double[][] columns = new double[inputs.size()][result.councils().size()];
        for (double[] column : columns) {
            java.util.Arrays.fill(column, Double.NaN);
        }
        for (int c = 0; c < result.councils().size(); c++) {
            NodeResult node = result.councils().get(c).nodes().get(id);
            if (node == null) {
                continue;
            }
            for (Contribution input : node.inputs()) {
                int i = inputs.indexOf(input.sourceId());
                if (i >= 0 && !input.excluded() && input.value() != null && !input.value().isNaN()) {
                    columns[i][c] = input.value();
                }
            }
        }
        double[] weights = new double[inputs.size()];
        boolean weighted = AggregationMethod.WEIGHTED_MEAN.is(rule.getMethod());
        AggregationRuleQuery query = new AggregationRuleQuery(rule);
        for (int i = 0; i < weights.length; i++) {
            boolean scored = java.util.Arrays.stream(columns[i]).anyMatch(v -> !Double.isNaN(v));
            Weight weight = weighted ? query.weightOf(inputs.get(i)) : null;
            weights[i] = !scored ? 0 : weighted ? weight == null ? 0 : Math.max(0, weight.getPercent()) : 1;
        }
        return java.util.Arrays.stream(weights).sum() > 0 ? new Spec(id, rule, inputs, columns, weights) : null;
    }

    /** The councils with the root's score and every input that carries weight. */
    private static boolean[] complete(WeightTree tree, Map<String, Spec> specs, Map<String, double[]> weights,
            double[] y) {
        boolean[] complete = new boolean[y.length];
        for (int c = 0; c < y.length; c++) {
            complete[c] = !Double.isNaN(y[c]);
        }
        for (WeightTree.Node node : tree.nodes()) {
            double[] w = weights.get(node.id());
            double[][] columns = specs.get(node.id()).columns();
            for (int i = 0; i < w.length; i++) {
                for (int c = 0; c < y.length && w[i] > 0; c++) {
                    complete[c] &= !Double.isNaN(columns[i][c]);
                }
            }
        }
        return complete;
    }

    /** A leaf's values, as its first parent node in the tree aggregated them. */
    private static double[] leafColumn(WeightTree tree, Map<String, Spec> specs, String leaf) {
        for (WeightTree.Node node : tree.nodes()) {
            int i = node.inputs().indexOf(leaf);
            if (i >= 0) {
                return specs.get(node.id()).columns()[i];
            }
        }
        throw new IllegalArgumentException("no leaf " + leaf);
    }

    private static double[] masked(double[] values, boolean[] keep) {
        double[] out = values.clone();
        for (int c = 0; c < out.length; c++) {
            if (!keep[c]) {
                out[c] = Double.NaN;
            }
        }
        return out;
    }

    /**
     * A copy of {@code scheme}'s framework (ids kept; the original is never changed) whose scheme weighs each input in
     * {@code report} by its {@code kind} column: each rule becomes a weighted mean whose weights are those shares,
     * scaled to sum to 100 and written to 6 decimals (negative shares, possible for effective weights, become 0). A rule
     * computing several nodes that share an input is left as it was (a part has one weight per rule).
     */
    public static Scenario scenario(ScoringScheme scheme, WeightReport report, Kind kind) {
        Framework framework = (Framework) EcoreUtil.getRootContainer(scheme);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Framework copy = (Framework) copier.copy(framework);
        copier.copyReferences();
        ScoringScheme copied = (ScoringScheme) copier.get(scheme);
        Map<String, ModelElement> elements = new LinkedHashMap<>();
        for (EObject e : (Iterable<EObject>) () -> copy.eAllContents()) {
            if (e instanceof ModelElement m && (m instanceof Area || m instanceof Indicator)) {
                elements.putIfAbsent(m.getId(), m);
            }
        }
        List<String> notes = new ArrayList<>();
        Map<String, List<WeightRow>> byRule = new LinkedHashMap<>();
        report.rows().forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
        for (AggregationRule rule : copied.getAggregations()) {
            List<WeightRow> rows = byRule.get(rule.getId());
            if (rows == null) {
                continue;
            }
            Map<String, Double> parts = new LinkedHashMap<>();
            boolean shared = false;
            for (WeightRow row : rows) {
                double value = row.value(kind);
                shared |= parts.put(row.id(), Double.isNaN(value) ? 0 : Math.max(0, value)) != null;
            }
            double total = parts.values().stream().mapToDouble(Double::doubleValue).sum();
            if (shared) {
                notes.add("rule " + rule.getId() + " computes several nodes that share an input: left as it was");
                continue;
            }
            if (!(total > 0)) {
                notes.add("rule " + rule.getId() + ": no " + kind.id() + " weights: left as it was");
                continue;
            }
            List<BigDecimal> percents = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int largest = 0;
            List<String> ids = new ArrayList<>(parts.keySet());
            for (int i = 0; i < ids.size(); i++) {
                BigDecimal percent = BigDecimal.valueOf(100 * parts.get(ids.get(i)) / total).setScale(6,
                    RoundingMode.HALF_UP);
                percents.add(percent);
                sum = sum.add(percent);
                if (percent.compareTo(percents.get(largest)) > 0) {
                    largest = i;
                }
            }
            percents.set(largest, percents.get(largest).add(BigDecimal.valueOf(100).subtract(sum)));
            rule.getWeights().clear();
            rule.setMethod(AggregationMethod.WEIGHTED_MEAN.id());
            for (int i = 0; i < ids.size(); i++) {
                Weight weight = FrameworkFactory.eINSTANCE.createWeight();
                weight.setPart(elements.get(ids.get(i)));
                weight.setPercent(percents.get(i).doubleValue());
                rule.getWeights().add(weight);
            }
        }
        copied.setName(copied.getName() + " (" + kind.id() + " weights)");
        copied.setDescription((copied.getDescription() == null ? "" : copied.getDescription() + " ")
            + "Weights: the " + kind.id() + " weights of the statistical audit on the data of period "
            + report.period() + " (" + report.completeCouncils() + " councils with every input).");
        return new Scenario(copy, copied, List.copyOf(notes));
    }

    /** The file a scenario of {@code model} is kept in: {@code <name>-<kind>.framework} beside it. */
    public static Path fileFor(Path model, Kind kind) {
        String name = model.getFileName().toString();
        String base = name.endsWith(".framework") ? name.substring(0, name.length() - ".framework".length()) : name;
        return model.resolveSibling(base + "-" + kind.id() + ".framework");
    }

    /**
     * Writes {@code scenario}'s framework canonically (the model writer, atomically) to {@link #fileFor}
     * {@code (model, kind)}, and returns that file.
     */
    public static Path keep(Scenario scenario, Path model, Kind kind) throws IOException {
        Path file = fileFor(model, kind);
        FrameworkFiles.saveAs(scenario.framework(), file);
        return file;
    }
}
