package org.framewright.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped sample validates without a diagnostic, with one documented exception: the invented composite
 * index of ADASS Option One normalises indicators whose polarity the source does not state, which FW-IND-02 warns
 * about (they are normalised as if higher were better).
 */
class SamplesValidationTest {

    /** The indicators of ADASS Option One without a stated polarity (the source states none for them). */
    private static final Set<String> OPTION_ONE_WITHOUT_POLARITY = Set.of("QL5", "DR1", "DR4", "S2", "SM1", "SM5",
        "UR1", "DM1", "DM2", "DM4", "DM9", "DM10", "DM11", "DM18");

    static List<String> samples() {
        return Samples.FRAMEWORKS;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleValidatesWithoutDiagnostics(String sample) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));

        List<ModelDiagnostic> diagnostics = FrameworkValidation.validate(framework);

        List<ModelDiagnostic> unexpected = diagnostics.stream().filter(d -> !expected(sample, d)).toList();
        assertEquals("", unexpected.stream().map(ModelDiagnostic::toString).collect(Collectors.joining("\n")));
        if (sample.equals("adass-2020-option-one.framework")) {
            assertEquals(OPTION_ONE_WITHOUT_POLARITY, diagnostics.stream().map(d -> ((Indicator) d.element()).getId())
                .collect(Collectors.toSet()));
        }
    }

    private static boolean expected(String sample, ModelDiagnostic diagnostic) {
        return sample.equals("adass-2020-option-one.framework") && diagnostic.code().equals("FW-IND-02")
            && diagnostic.element() instanceof Indicator indicator
            && OPTION_ONE_WITHOUT_POLARITY.contains(indicator.getId());
    }
}
