package org.framewright.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Observation;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.testing.SharedData;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A person audits ASCOF 2023-24 on the published results of every council (right-click the framework, Audit...,
 * choose the data and the period, Run audit), opens the Weights tab, reads the current, effective, PCA and optimised
 * weights of each input, and keeps the optimised weights as a scenario, which opens in the editor.
 */
class AuditWeightsTest {

    @AfterEach
    void closeEditorsAndTheView() {
        Workbenches.closeAllEditors();
        AscofAudit.hide();
    }

    @Test
    void readsTheWeightsOfAscofAndKeepsTheOptimisedOnes() throws Exception {
        AscofAudit.Opened opened = AscofAudit.open();
        IFile model = opened.model();
        AuditView view = opened.view();
        assertFalse(view.keepButton().isEnabled(), "nothing to keep before a run");
        AscofAudit.run(view);
        assertNotNull(view.outcome().weights(), view::statusText);
        AscofAudit.clickTab(view, "Weights");

        Table table = view.weightsTable().viewer().getTable();
        assertTrue(table.isVisible(), "the weights table shows");
        List<String> header = Arrays.stream(table.getColumns()).map(c -> c.getText()).toList();
        assertEquals(List.of("row", "id", "area", "current", "effective", "pca", "optimised"), header);
        // 22 measures under outcome areas 1-5, then the 6 areas under the overall score
        assertEquals(28, table.getItemCount());
        TableItem oneA = table.getItem(0);
        assertEquals(List.of("1", "1A", "1", "4"), List.of(oneA.getText(0), oneA.getText(1), oneA.getText(2),
            oneA.getText(3)), "1A is a fifth of a fifth of the overall score");
        TableItem six = table.getItem(27);
        assertEquals(List.of("6", "overall", "0", "0", "0", "0"), List.of(six.getText(1), six.getText(2),
            six.getText(3), six.getText(4), six.getText(5), six.getText(6)), "outcome area 6 has no measures");
        double effective = 0;
        double optimised = 0;
        for (TableItem item : table.getItems()) {
            if (!item.getText(2).equals("overall")) {
                effective += Double.parseDouble(item.getText(4));
                optimised += Double.parseDouble(item.getText(6));
            }
        }
        assertEquals(100, effective, 1e-4, "the measures' effective weights share the overall score's variance");
        assertEquals(100, optimised, 1e-4);
        // 1A's effective weight, worked out here from the published values
        assertEquals(effectiveOf("1A", "1"), Double.parseDouble(oneA.getText(4)), 1e-5);
        assertEquals(28, view.weightsChart().chart().getSeriesSet().getSeries(WeightsChart.EFFECTIVE).getYSeries()
            .length);
        Person.toggleMaximised(view);
        Path png = Workbenches.capture("workbench-audit-weights.png");
        Person.toggleMaximised(view);
        assertTrue(Files.size(png) > 10_000);

        assertTrue(view.keepButton().isEnabled());
        // the weights shown are ASCOF 2023-24's: with another framework chosen there is nothing to keep until it runs
        String other = Arrays.stream(view.choices().get(0).getItems()).filter(n -> !n.equals(model.getName()))
            .findFirst().orElseThrow();
        Person.choose(view.choices().get(0), other);
        assertFalse(view.keepButton().isEnabled(), "the weights shown are not " + other + "'s");
        Person.choose(view.choices().get(0), model.getName());
        assertTrue(view.keepButton().isEnabled(), "the weights shown are " + model.getName() + "'s");
        assertEquals(AuditView.KEEP_LABEL, view.keepButton().getText());
        Gestures.Answer asked = Gestures.answer(AuditView.KEEP_TITLE, "Optimised", "keep-as-scenario.png");
        Person.click(view.keepButton());
        assertTrue(asked.text().contains("ascof-2023-24-<weights>.framework"), asked.text());
        IFile kept = model.getParent().getFile(new org.eclipse.core.runtime.Path("ascof-2023-24-optimised.framework"));
        Workbenches.processEventsUntil(kept::exists);
        assertTrue(view.statusText().startsWith("Kept the optimised weights as " + kept.getFullPath()),
            view.statusText());
        IEditorPart editor = Workbenches.page().getActiveEditor();
        assertNotNull(editor, "the scenario opens");
        assertEquals(kept.getName(), editor.getEditorInput().getName());
        Framework scenario = FrameworkFiles.loadFramework(kept.getLocation().toFile().toPath());
        assertFalse(FrameworkValidation.hasErrors(FrameworkValidation.validate(scenario)));
        assertEquals("weighted mean", scenario.getSchemes().get(0).getAggregations().get(0).getMethod());
    }

    /**
     * The effective weight (% of the overall score's variance) of measure {@code id} of outcome area {@code area}:
     * min-max scores of every measure on the councils with all of them, areas the means of their measures, overall
     * the mean of areas 1-5; 1/5 x 1/k of area x Cov(measure, overall) / Var(overall).
     */
    private static double effectiveOf(String id, String area) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(
            org.framewright.samples.Samples.framework("ascof-2023-24.framework"));
        DataImport imported = CouncilDataReader.read(SharedData.file("ascof/trend_data.csv"),
            ImportOptions.forPeriod("2023-24"));
        Map<String, Map<String, Double>> values = new HashMap<>();
        for (Observation o : imported.dataSet().getObservations()) {
            if (o.getValue() != null && (o.getGroup() == null || o.getGroup().isEmpty())) {
                values.computeIfAbsent(o.getNodeId(), k -> new HashMap<>()).put(o.getCouncil().getId(), o.getValue());
            }
        }
        List<String> complete = new ArrayList<>(imported.dataSet().getCouncils().stream().map(c -> c.getId())
            .filter(c -> framework.getIndicators().stream().allMatch(i -> values.get(i.getId()).containsKey(c)))
            .toList());
        Map<String, double[]> scores = new HashMap<>();
        for (Indicator indicator : framework.getIndicators()) {
            Map<String, Double> v = values.get(indicator.getId());
            double min = v.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = v.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            boolean lower = indicator.getPolarity() == Polarity.LOWER_IS_BETTER;
            scores.put(indicator.getId(), complete.stream().mapToDouble(c -> lower
                ? 100 * (max - v.get(c)) / (max - min) : 100 * (v.get(c) - min) / (max - min)).toArray());
        }
        double[] overall = new double[complete.size()];
        int k = 0;
        for (var outcomeArea : framework.getAreas()) {
            List<Indicator> own = outcomeArea.getIndicators();
            if (own.isEmpty()) {
                continue;
            }
            if (outcomeArea.getId().equals(area)) {
                k = own.size();
            }
            for (int c = 0; c < overall.length; c++) {
                for (Indicator indicator : own) {
                    overall[c] += scores.get(indicator.getId())[c] / own.size() / 5;
                }
            }
        }
        return 100.0 / 5 / k * covariance(scores.get(id), overall) / covariance(overall, overall);
    }

    private static double covariance(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - mx) * (y[i] - my);
        }
        return s / (x.length - 1);
    }
}
