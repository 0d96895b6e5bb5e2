package org.framewright.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped sample validates without a single diagnostic: the rules are silent on legitimate models. */
class SamplesValidationTest {

    static List<String> samples() {
        return Samples.FRAMEWORKS;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleValidatesWithoutDiagnostics(String sample) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));

        List<ModelDiagnostic> diagnostics = FrameworkValidation.validate(framework);

        assertEquals("", diagnostics.stream().map(ModelDiagnostic::toString).collect(Collectors.joining("\n")));
    }
}
