package org.framewright.validation.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Disaggregation;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;
import org.framewright.model.MatrixCell;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.ModelElement;
import org.framewright.model.Polarity;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;
import org.framewright.model.Unit;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;

/**
 * A small framework that validates clean, built in code, with two of most things so that a rule test can break
 * one element and check that the rule names it and not its clean twin. Structure: areas {@code top} (children
 * {@code a1}, {@code a2}); indicators {@code i1}, {@code i2}; client groups {@code g1}, {@code g2}; a logic model on
 * {@code a1} (input -> output (i1) -> outcome (i2)); scheme {@code s} with scales {@code grade} (1-2) and
 * {@code stars} (0-1), banding {@code bands} (0-49, 50-100, step 1), indicator rule {@code ir} (thresholds),
 * aggregations {@code agg-leaves} (a1, a2: mean of indicators), {@code agg-top} (top: weighted mean of groups,
 * 60/40) and {@code agg-overall} (matrix a1 x a2 -> stars).
 */
final class Fixture {

    static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    final Framework framework;
    final Area top;
    final Area a1;
    final Area a2;
    final Indicator i1;
    final Indicator i2;
    final Disaggregation g1;
    final Disaggregation g2;
    final LogicModel logic;
    final LogicElement input;
    final LogicElement output;
    final LogicElement outcome;
    final ScoringScheme scheme;
    final Scale grade;
    final Scale stars;
    final Banding bands;
    final IndicatorRule indicatorRule;
    final AggregationRule leaves;
    final AggregationRule topRule;
    final AggregationRule overall;
    final RuleMatrix matrix;

    Fixture() {
        framework = named(F.createFramework(), "fx");
        Resource resource = FrameworkFiles.newResourceSet().createResource(URI.createFileURI("/fixture/fx.framework"));
        resource.getContents().add(framework);
        top = named(F.createArea(), "top");
        a1 = named(F.createArea(), "a1");
        a2 = named(F.createArea(), "a2");
        top.getChildren().addAll(List.of(a1, a2));
        framework.getAreas().add(top);
        i1 = indicator("i1", Polarity.HIGHER_IS_BETTER, 50.0);
        i2 = indicator("i2", Polarity.LOWER_IS_BETTER, 10.0);
        a1.getIndicators().add(i1);
        a2.getIndicators().add(i2);
        g1 = named(F.createDisaggregation(), "g1");
        g2 = named(F.createDisaggregation(), "g2");
        framework.getDisaggregations().addAll(List.of(g1, g2));

        logic = named(F.createLogicModel(), "a1-logic");
        a1.setLogicModel(logic);
        input = element("in", LogicElementKind.INPUT);
        output = element("out", LogicElementKind.OUTPUT);
        outcome = element("oc", LogicElementKind.OUTCOME);
        output.getIndicators().add(i1);
        outcome.getIndicators().add(i2);
        link("in-out", input, output);
        link("out-oc", output, outcome);

        scheme = named(F.createScoringScheme(), "s");
        framework.getSchemes().add(scheme);
        grade = scale("grade", 1, 2);
        stars = scale("stars", 0, 1);
        scheme.setRatingScale(stars);
        bands = named(F.createBanding(), "bands");
        bands.setScale(grade);
        bands.setStep(1);
        band("b1", 0, 49, grade.getLevels().get(0));
        band("b2", 50, 100, grade.getLevels().get(1));
        scheme.getBandings().add(bands);

        indicatorRule = named(F.createIndicatorRule(), "ir");
        indicatorRule.getIndicators().addAll(List.of(i1, i2));
        indicatorRule.setMethod(IndicatorScoringMethod.THRESHOLDS.id());
        indicatorRule.setBanding(bands);
        indicatorRule.setMissingData(MissingDataPolicy.FAIL);
        scheme.getIndicatorRules().add(indicatorRule);

        leaves = aggregation("agg-leaves", AggregationMethod.MEAN, InputSelection.INDICATORS);
        leaves.getAreas().addAll(List.of(a1, a2));
        leaves.setInputValue(InputValue.LEVEL_VALUE);
        leaves.setScale(grade);
        topRule = aggregation("agg-top", AggregationMethod.WEIGHTED_MEAN, InputSelection.GROUPS);
        topRule.getAreas().add(top);
        topRule.getWeights().add(weight(g1, 60));
        topRule.getWeights().add(weight(g2, 40));
        topRule.setScale(grade);
        overall = aggregation("agg-overall", AggregationMethod.MATRIX, InputSelection.CHILDREN);
        overall.setOverall(true);
        overall.setScale(stars);
        matrix = F.createRuleMatrix();
        matrix.setRowNode(a1);
        matrix.setColumnNode(a2);
        for (ScaleLevel row : grade.getLevels()) {
            for (ScaleLevel column : grade.getLevels()) {
                cell(row, column, stars.getLevels().get(row.getValue() == 2 && column.getValue() == 2 ? 1 : 0));
            }
        }
        overall.setMatrix(matrix);
    }

    /** The diagnostics of rule {@code code} for the whole framework. */
    List<ModelDiagnostic> diagnostics(String code) {
        return FrameworkValidation.validate(framework).stream().filter(d -> d.code().equals(code)).toList();
    }

    /**
     * Asserts that rule {@code code} reports {@code violating} (at least once, as the element of every diagnostic of
     * the rule) and never {@code clean}.
     */
    void assertReportsOnly(String code, EObject violating, EObject clean) {
        List<ModelDiagnostic> found = diagnostics(code);
        assertFalse(found.isEmpty(), code + " reported nothing");
        assertEquals(List.of(violating), found.stream().map(ModelDiagnostic::element).distinct().toList(),
            () -> found.stream().map(ModelDiagnostic::toString).collect(Collectors.joining("\n")));
        assertFalse(found.stream().anyMatch(d -> d.element() == clean));
    }

    static <T extends ModelElement> T named(T element, String id) {
        element.setId(id);
        element.setName("The " + id);
        return element;
    }

    Indicator indicator(String id, Polarity polarity, Double target) {
        Indicator indicator = named(F.createIndicator(), id);
        indicator.setUnit(Unit.PERCENTAGE);
        indicator.setPolarity(polarity);
        indicator.setTarget(target);
        framework.getIndicators().add(indicator);
        return indicator;
    }

    LogicElement element(String id, LogicElementKind kind) {
        LogicElement element = named(F.createLogicElement(), id);
        element.setKind(kind);
        logic.getElements().add(element);
        return element;
    }

    LeadsTo link(String id, LogicElement source, LogicElement target) {
        LeadsTo link = named(F.createLeadsTo(), id);
        link.setSource(source);
        link.setTarget(target);
        logic.getLinks().add(link);
        return link;
    }

    Scale scale(String id, int lowest, int highest) {
        Scale scale = named(F.createScale(), id);
        for (int value = lowest; value <= highest; value++) {
            ScaleLevel level = named(F.createScaleLevel(), id + "-" + value);
            level.setValue(value);
            scale.getLevels().add(level);
        }
        scheme.getScales().add(scale);
        return scale;
    }

    Band band(String id, double lower, double upper, ScaleLevel level) {
        Band band = named(F.createBand(), id);
        band.setLower(lower);
        band.setUpper(upper);
        band.setLevel(level);
        bands.getBands().add(band);
        return band;
    }

    AggregationRule aggregation(String id, AggregationMethod method, InputSelection inputs) {
        AggregationRule rule = named(F.createAggregationRule(), id);
        rule.setMethod(method.id());
        rule.setInputs(inputs);
        rule.setMissingData(MissingDataPolicy.EXCLUDE_AND_REWEIGHT);
        scheme.getAggregations().add(rule);
        return rule;
    }

    static Weight weight(ModelElement part, double percent) {
        Weight weight = F.createWeight();
        weight.setPart(part);
        weight.setPercent(percent);
        return weight;
    }

    MatrixCell cell(ScaleLevel row, ScaleLevel column, ScaleLevel result) {
        MatrixCell cell = F.createMatrixCell();
        cell.setRow(row);
        cell.setColumn(column);
        cell.setResult(result);
        matrix.getCells().add(cell);
        return cell;
    }
}
