package org.framewright.diagram.server.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/**
 * A diagnostic of an element no diagram draws shows on the drawn elements it concerns: a weight error of CSCI 2006's
 * outcome rule on the outcome areas the rule aggregates.
 */
class DiagramDiagnosticsTest {

    @Test
    void aWeightErrorDecoratesTheAreasOfItsRule() throws Exception {
        Framework csci = FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
        EObject o1 = csci.eResource().getEObject("O1");
        assertTrue(DiagramDiagnostics.of(csci).issuesOf(o1).isEmpty(), "O1 is valid as shipped");

        weightOf(csci, "OP").setPercent(50.0);

        assertTrue(DiagramDiagnostics.of(csci).issuesOf(o1).stream()
                .anyMatch(issue -> "error".equals(issue.getSeverity()) && issue.getMessage().startsWith("FW-WEIGHT-01")),
                "O1 carries the FW-WEIGHT-01 error of the rule that aggregates it");
    }

    private static Weight weightOf(Framework framework, String partId) {
        for (var contents = framework.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof Weight weight && weight.getPart() instanceof ModelElement part
                    && partId.equals(part.getId())) {
                return weight;
            }
        }
        throw new AssertionError("no weight of " + partId);
    }
}
