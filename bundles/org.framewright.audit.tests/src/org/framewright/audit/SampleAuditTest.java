package org.framewright.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataImport;
import org.framewright.io.ImportOptions;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;

/** The audit of a shipped sample whose scheme rates against targets and ranks no council. */
class SampleAuditTest {

    @Test
    void aSchemeWithoutRanksGetsStatisticsAndOneNoteInsteadOfRankShifts() throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework("west-northamptonshire-2024.framework"));
        DataImport data = CouncilDataReader.read(Samples.data("west-northamptonshire-2024-councils.csv"),
            new ImportOptions(framework, null));
        assertFalse(data.hasErrors(), () -> data.errors().toString());
        AuditReport report = StatisticalAudit.run(framework, framework.getSchemes().get(0), data.dataSet(), null);
        assertEquals(12, report.councils());
        IndicatorAudit amhp = report.indicators().stream().filter(i -> i.indicator().equals("amhp-enquiries"))
            .findFirst().orElseThrow();
        assertEquals(11, amhp.available());
        assertTrue(Double.isNaN(amhp.leaveOneOut().median()));
        assertTrue(report.notes().contains("leave-one-out: the scheme ranks no council, so no rank shifts are given"),
            report.notes().toString());
    }
}
