package org.framewright.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.samples.Samples;

/** Loads the shipped sample frameworks, their schemes and their sample council data. */
final class SampleFrameworks {

    private SampleFrameworks() {
    }

    static Framework load(String fileName) {
        try {
            return FrameworkFiles.loadFramework(Samples.framework(fileName));
        } catch (ModelLoadException e) {
            throw new AssertionError("sample " + fileName + " does not load: " + e.getMessage(), e);
        }
    }

    static ScoringScheme scheme(Framework framework, String id) {
        return framework.getSchemes().stream().filter(s -> id.equals(s.getId())).findFirst()
            .orElseThrow(() -> new AssertionError("no scheme " + id + " in " + framework.getId()));
    }

    static DataSet data(String fileName) {
        try {
            return CouncilData.read(Samples.data(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScoringResult score(String frameworkFile, String schemeId, String dataFile) {
        Framework framework = load(frameworkFile);
        return ScoringEngine.score(framework, scheme(framework, schemeId), data(dataFile), null);
    }
}
