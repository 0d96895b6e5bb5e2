package org.framewright.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.framewright.model.DataSource;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * The example plugin's rule EX-IND-01 (an indicator names its data source), contributed to {@code org.framewright.validation.rules}, runs in the validator
 * with the built-in rules (so in {@code ./framewright validate}, the Problems view and the diagrams' decorations).
 */
class IndicatorNamesItsSourceTest {

    @Test
    void anIndicatorOfUnknownSourceIsWarnedAboutAndTheOthersAreNot() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        assertEquals(List.of(), ofRule(framework), "the sample names the source of every indicator");
        Indicator undefined = framework.getIndicators().get(1);
        undefined.setSource(DataSource.UNSPECIFIED);

        List<ModelDiagnostic> found = ofRule(framework);

        assertEquals(1, found.size(), found.toString());
        assertEquals(undefined, found.get(0).element());
        assertEquals(Severity.WARNING, found.get(0).severity());
        String message = found.get(0).message();
        assertTrue(message.startsWith("Indicator '" + undefined.getId() + "' (")
            && message.endsWith("): the indicator names no data source"), message);
    }

    private static List<ModelDiagnostic> ofRule(Framework framework) {
        return FrameworkValidation.validate(framework).stream().filter(d -> d.code().equals("EX-IND-01")).toList();
    }
}
