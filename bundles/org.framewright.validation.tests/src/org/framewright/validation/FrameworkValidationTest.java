package org.framewright.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on broken copies of samples: EMF's own checks, dangling references, and the global registration. */
class FrameworkValidationTest {

    @TempDir
    Path folder;

    @Test
    void duplicateIdsAreEmfsOwnCheckReportedAsFwEmf01() throws Exception {
        Path copy = copyOf("ascof-2023-24.framework", "id=\"sc-zscore\"", "id=\"sc-median\"");

        List<ModelDiagnostic> diagnostics = FrameworkValidation.validate(FrameworkFiles.loadFramework(copy));

        assertEquals(List.of("FW-EMF-01"), diagnostics.stream().map(ModelDiagnostic::code).distinct().toList());
        assertEquals("ascof-2023-24/composite-minmax/sc-median", diagnostics.get(0).elementPath());
        assertTrue(diagnostics.get(0).message().contains("Scenario 'sc-median' (Z-score normalisation) of scheme"),
            diagnostics.get(0).message());
    }

    @Test
    void aBasedOnToAMissingFileIsADanglingReference() throws Exception {
        Path copy = copyOf("adass-2020-option-one.framework", "href=\"ascof-2019-20.framework#", "href=\"ascof-2018.framework#");

        List<ModelDiagnostic> errors = FrameworkValidation.validate(FrameworkFiles.loadFramework(copy)).stream()
            .filter(d -> d.severity() == Severity.ERROR).toList();

        assertEquals(1, errors.size(), errors::toString);
        String line = errors.get(0).toString();
        assertTrue(line.startsWith("ERROR FW-REF-01 adass-2020-option-one: Framework 'adass-2020-option-one' (Revising"), line);
        assertTrue(line.endsWith("): basedOn refers to 'ascof-2018.framework#ascof-2019-20', which cannot be resolved:"
            + " the file ascof-2018.framework does not exist"), line);
        assertEquals(org.framewright.model.FrameworkPackage.Literals.FRAMEWORK__BASED_ON, errors.get(0).feature());
    }

    @Test
    void emfsDiagnosticianRunsTheRulesOnceRegistered() throws Exception {
        FrameworkValidation.register();
        Path copy = copyOf("csci-2006.framework", "<weights part=\"OP\" percent=\"40.0\"/>",
            "<weights part=\"OP\" percent=\"35.0\"/>");
        Framework framework = FrameworkFiles.loadFramework(copy);

        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(framework);

        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        assertTrue(diagnostic.getChildren().get(0).getMessage().startsWith("FW-WEIGHT-01 Aggregation rule 'agg-outcomes'"),
            diagnostic.getChildren().get(0).getMessage());
        assertTrue(FrameworkValidation.hasErrors(FrameworkValidation.validate(framework)));
        assertFalse(FrameworkValidation.hasErrors(FrameworkValidation.validate(
            FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework")))));
    }

    /** A copy of a sample (beside copies of all samples, for references) with one text replaced. */
    private Path copyOf(String sample, String text, String replacement) throws Exception {
        for (String other : Samples.FRAMEWORKS) {
            Files.copy(Samples.framework(other), folder.resolve(other));
        }
        Path copy = folder.resolve(sample);
        String content = Files.readString(copy);
        assertTrue(content.contains(text), text);
        Files.writeString(copy, content.replaceFirst(java.util.regex.Pattern.quote(text), text.equals(replacement) ? text
            : java.util.regex.Matcher.quoteReplacement(replacement)));
        return copy;
    }
}
