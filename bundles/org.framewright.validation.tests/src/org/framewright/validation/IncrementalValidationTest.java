package org.framewright.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicModel;
import org.framewright.model.Polarity;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Incremental validation after real edits gives exactly what a whole validation of the edited model gives, and
 * evaluates only the checks of what an edit touched.
 */
class IncrementalValidationTest {

    /** Records the notifications of every edit of the model, as the editor's document receives them. */
    private static final class Recorder extends EContentAdapter {
        final List<Notification> notifications = new ArrayList<>();

        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            notifications.add(notification);
        }

        List<Notification> drain() {
            List<Notification> drained = List.copyOf(notifications);
            notifications.clear();
            return drained;
        }
    }

    private Framework framework;
    private Recorder recorder;
    private IncrementalValidation validation;

    private void open(String sample) throws Exception {
        framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        validation = new IncrementalValidation(framework);
        recorder = new Recorder();
        framework.eAdapters().add(recorder);
    }

    /** Updates the incremental validation and checks it against a whole validation of the model as it is now. */
    private List<ModelDiagnostic> updateAndCompare(String edit) {
        List<String> incremental = validation.update(recorder.drain()).stream().map(ModelDiagnostic::toString).toList();
        List<String> whole = FrameworkValidation.validate(framework).stream().map(ModelDiagnostic::toString).toList();
        assertEquals(whole, incremental, "after " + edit);
        return validation.diagnostics();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csci-2006.framework", "ascof-2023-24.framework", "adass-2020-option-two.framework",
        "cqc-la-2023.framework", "west-northamptonshire-2024.framework"})
    void everyEditGivesWhatAWholeValidationGives(String sample) throws Exception {
        open(sample);
        assertEquals(FrameworkValidation.validate(framework).stream().map(ModelDiagnostic::toString).toList(),
            validation.diagnostics().stream().map(ModelDiagnostic::toString).toList(), "the first, whole run");

        Area first = framework.getAreas().get(0);
        Area second = framework.getAreas().get(1);
        String secondId = second.getId();
        second.setId(first.getId());
        assertTrue(codes(updateAndCompare("giving an area the id of another")).contains("FW-EMF-01"));
        second.setId(secondId);
        updateAndCompare("giving the id back");

        framework.getSchemes().stream().flatMap(s -> s.getAggregations().stream())
            .filter(r -> !r.getWeights().isEmpty()).findFirst()
            .ifPresent(rule -> rule.getWeights().get(0).setPercent(rule.getWeights().get(0).getPercent() + 5));
        updateAndCompare("changing a weight");

        if (!framework.getIndicators().isEmpty()) {
            editIndicator(framework.getIndicators().get(0));
        }

        Area unnamed = FrameworkFactory.eINSTANCE.createArea();
        second.getChildren().add(unnamed);
        assertTrue(codes(updateAndCompare("adding an area without id")).contains("FW-ID-01"));
        unnamed.setId("new area");
        updateAndCompare("giving it an id with a space");

        for (AggregationRule rule : framework.getSchemes().stream().flatMap(s -> s.getAggregations().stream())
                .toList()) {
            rule.getAreas().clear();
        }
        updateAndCompare("clearing every aggregation rule's areas");
    }

    @Test
    void aCycleAddedToALogicModelIsFoundAndGoneWhenRemoved() throws Exception {
        open("adass-2020-option-two.framework");
        LogicModel model = framework.getAreas().get(0).getLogicModel();
        LeadsTo back = FrameworkFactory.eINSTANCE.createLeadsTo();
        back.setId("back");
        back.setSource(model.getElements().get(model.getElements().size() - 1));
        back.setTarget(model.getElements().get(0));
        model.getLinks().add(back);
        assertTrue(codes(updateAndCompare("adding a link back to the start")).contains("FW-LOGIC-01"));

        model.getLinks().remove(back);
        assertTrue(!codes(updateAndCompare("removing it")).contains("FW-LOGIC-01"));
    }

    @Test
    void aSingleEditReRunsOnlyTheChecksOfWhatItTouches() throws Exception {
        open("adass-2020-option-two.framework");
        long whole = validation.ruleEvaluations();

        framework.getAreas().get(3).getLogicModel().getElements().get(2).setName("Renamed while typing");
        updateAndCompare("renaming a logic element");
        long afterRename = validation.ruleEvaluations() - whole;

        // 765 elements: every check that applies to each of them
        assertTrue(whole > 5_000, "a whole run evaluates " + whole + " checks");
        // the element, its logic model, area and framework, and the links that refer to it, each with its checks:
        // at most 1 % of a whole run (a share, so that adding rules that apply to every element keeps the claim)
        assertTrue(afterRename > 0 && afterRename * 100 <= whole, "a rename re-evaluates " + afterRename
            + " checks of " + whole);

        framework.getIndicators().get(5).setPolarity(Polarity.LOWER_IS_BETTER);
        updateAndCompare("changing a polarity");
        long afterPolarity = validation.ruleEvaluations() - whole - afterRename;
        assertTrue(afterPolarity > 0 && afterPolarity * 50 <= whole, "a polarity change re-evaluates "
            + afterPolarity + " checks of " + whole);
    }

    /** Edits that rules about indicators and indicator rules read, then removes it while areas refer to it. */
    private void editIndicator(Indicator indicator) {
        indicator.setPolarity(indicator.getPolarity() == Polarity.NO_JUDGEMENT ? Polarity.HIGHER_IS_BETTER
            : Polarity.NO_JUDGEMENT);
        updateAndCompare("changing an indicator's polarity");
        indicator.setUnit(null);
        indicator.setTarget(null);
        updateAndCompare("removing an indicator's unit and target");
        EcoreUtil.remove(indicator);
        updateAndCompare("removing an indicator others refer to");
    }

    private static List<String> codes(List<ModelDiagnostic> diagnostics) {
        return diagnostics.stream().map(ModelDiagnostic::code).toList();
    }
}
