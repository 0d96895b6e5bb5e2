package org.framewright.examples.rules;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.DataSource;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.validation.ModelRule;

/**
 * EX-IND-01 (warning): an indicator names its data source. A benchmarking club compares councils only on measures
 * collected the same way, so a measure of unknown source cannot be compared. Fix: choose the source (client level
 * data, SALT, the surveys, PHOF, CQC, local, ...).
 */
public final class IndicatorNamesItsSource implements ModelRule {

    @Override
    public void check(EObject element, Problems problems) {
        Indicator indicator = (Indicator) element;
        if (indicator.getSource() == null || indicator.getSource() == DataSource.UNSPECIFIED) {
            problems.report(indicator, FrameworkPackage.Literals.INDICATOR__SOURCE, null);
        }
    }
}
