package org.framewright.model.query;

import java.util.List;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Banding;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.InputSelection;
import org.framewright.model.ModelElement;
import org.framewright.model.Scale;
import org.framewright.model.ScaleLevel;
import org.framewright.model.ScoringScheme;

/**
 * A framework built in code for the query tests: areas {@code top} (children {@code a1} with indicator {@code i1},
 * {@code a2} whose child {@code a21} has indicator {@code i2}) and {@code leaf} (no children, indicator {@code i3});
 * indicator {@code loose} attached to no area; scheme {@code s} with scales {@code grade} and {@code stars} and a
 * banding {@code bands} of {@code grade}.
 */
final class QueryFixture {

    private static final FrameworkFactory F = FrameworkFactory.eINSTANCE;

    final Framework framework = named(F.createFramework(), "fx");
    final Area top = named(F.createArea(), "top");
    final Area a1 = named(F.createArea(), "a1");
    final Area a2 = named(F.createArea(), "a2");
    final Area a21 = named(F.createArea(), "a21");
    final Area leaf = named(F.createArea(), "leaf");
    final Indicator i1 = named(F.createIndicator(), "i1");
    final Indicator i2 = named(F.createIndicator(), "i2");
    final Indicator i3 = named(F.createIndicator(), "i3");
    final Indicator loose = named(F.createIndicator(), "loose");
    final ScoringScheme scheme = named(F.createScoringScheme(), "s");
    final Scale grade = scale("grade");
    final Scale stars = scale("stars");
    final Banding bands = named(F.createBanding(), "bands");

    QueryFixture() {
        top.getChildren().addAll(List.of(a1, a2));
        a2.getChildren().add(a21);
        framework.getAreas().addAll(List.of(top, leaf));
        framework.getIndicators().addAll(List.of(i1, i2, i3, loose));
        a1.getIndicators().add(i1);
        a21.getIndicators().add(i2);
        leaf.getIndicators().add(i3);
        framework.getSchemes().add(scheme);
        bands.setScale(grade);
        scheme.getBandings().add(bands);
    }

    /** A rule of the scheme computing {@code areas} from {@code inputs}. */
    AggregationRule rule(String id, InputSelection inputs, Area... areas) {
        AggregationRule rule = named(F.createAggregationRule(), id);
        rule.setInputs(inputs);
        rule.getAreas().addAll(List.of(areas));
        scheme.getAggregations().add(rule);
        return rule;
    }

    /** The ids of {@code elements}, in order. */
    static List<String> ids(List<? extends ModelElement> elements) {
        return elements.stream().map(ModelElement::getId).toList();
    }

    private Scale scale(String id) {
        Scale scale = named(F.createScale(), id);
        for (int value = 1; value <= 2; value++) {
            ScaleLevel level = named(F.createScaleLevel(), id + value);
            level.setValue(value);
            scale.getLevels().add(level);
        }
        scheme.getScales().add(scale);
        return scale;
    }

    private static <T extends ModelElement> T named(T element, String id) {
        element.setId(id);
        element.setName(id);
        return element;
    }
}
