package org.framewright.simulation;

import java.io.IOException;
import java.nio.file.Path;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;

/** The ASCOF 2023-24 sample framework and the real published 2023-24 results of all councils, read once. */
final class AscofData {

    static final String PERIOD = "2023-24";

    private static Framework framework;
    private static DataSet data;

    private AscofData() {
    }

    static synchronized Framework framework() throws IOException {
        if (framework == null) {
            framework = FrameworkFiles.loadFramework(Samples.framework("ascof-2023-24.framework"));
        }
        return framework;
    }

    static ScoringScheme composite() throws IOException {
        return framework().getSchemes().stream().filter(s -> s.getId().equals("composite-minmax")).findFirst()
            .orElseThrow();
    }

    static synchronized DataSet data() throws IOException {
        if (data == null) {
            Path file = SharedData.file("ascof/trend_data.csv");
            DataImport imported = CouncilDataReader.read(file, new ImportOptions(framework(), PERIOD));
            if (imported.hasErrors()) {
                throw new AssertionError("import errors in " + file + ": " + imported.errors());
            }
            data = imported.dataSet();
        }
        return data;
    }
}
