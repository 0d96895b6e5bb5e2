package org.framewright.compare;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;
import org.framewright.testing.SharedData;

/** The real ASCOF data of every council (shared/data/ascof/trend_data.csv) scored under a sample framework. */
final class AscofScoring {

    static final String PERIOD = "2019-20";

    private AscofScoring() {
    }

    static Path trendData() {
        return SharedData.file("ascof/trend_data.csv");
    }

    static Framework ascof2019() throws ModelLoadException {
        return FrameworkFiles.loadFramework(Samples.framework("ascof-2019-20.framework"));
    }

    /** {@code framework}'s first scheme on the 2019-20 data. */
    static ScoringResult score(Framework framework) throws Exception {
        DataImport data = CouncilDataReader.read(trendData(), new ImportOptions(framework, PERIOD));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        return ScoringEngine.score(framework, framework.getSchemes().get(0), data.dataSet(), PERIOD);
    }
}
