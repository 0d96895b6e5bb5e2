package org.framewright.simulation;

import java.io.IOException;

import org.framewright.model.Council;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;

/**
 * Four councils for the CSCI 2006 star-rating sample, built so that its scenarios' effects can be worked out by
 * hand (client-group grades per outcome, leadership and commissioning judged directly):
 * <ul>
 * <li>A: every outcome OP 4, other groups 2; L 3, C 3. 40/15/15/15/15: 2.8 -> 3, delivery 3, capacity 3: 3 stars.
 * Equal weights: 2.4 -> 2, delivery 2: 1 star.</li>
 * <li>B: every outcome OP 1, other groups 3; L 4, C 4. Weighted: 2.2 -> 2: 2 stars. Equal: 2.6 -> 3: 3 stars.</li>
 * <li>C: O1 all groups 1, O2-O7 all groups 3; L 2, C 2. Delivery mean 19/7 -> 3, capacity 2: 2 stars under both
 * weightings; weakest outcome: delivery 1: 0 stars.</li>
 * <li>D: OP 2, CAR 3, LD 3, MH 2, PSD 2; L 4, C 3 (3.5 -> 4). Weighted 2.3 -> 2, equal 2.4 -> 2: 2 stars
 * throughout.</li>
 * </ul>
 */
final class CsciCouncils {

    static final String[] GROUPS = {"OP", "CAR", "LD", "MH", "PSD"};

    private CsciCouncils() {
    }

    static Framework framework() throws IOException {
        return FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
    }

    static ScoringScheme starRating(Framework framework) {
        return framework.getSchemes().get(0);
    }

    static DataSet data() {
        DataSet data = FrameworkFactory.eINSTANCE.createDataSet();
        council(data, "A", new double[] {4, 2, 2, 2, 2}, null, 3, 3);
        council(data, "B", new double[] {1, 3, 3, 3, 3}, null, 4, 4);
        council(data, "C", new double[] {3, 3, 3, 3, 3}, new double[] {1, 1, 1, 1, 1}, 2, 2);
        council(data, "D", new double[] {2, 3, 3, 2, 2}, null, 4, 3);
        return data;
    }

    private static void council(DataSet data, String id, double[] grades, double[] firstOutcome, double leadership,
            double commissioning) {
        Council council = FrameworkFactory.eINSTANCE.createCouncil();
        council.setId(id);
        council.setName("Council " + id);
        data.getCouncils().add(council);
        for (int outcome = 1; outcome <= 7; outcome++) {
            double[] values = outcome == 1 && firstOutcome != null ? firstOutcome : grades;
            for (int g = 0; g < GROUPS.length; g++) {
                observe(data, council, "O" + outcome, GROUPS[g], values[g]);
            }
        }
        observe(data, council, "L", null, leadership);
        observe(data, council, "C", null, commissioning);
    }

    private static void observe(DataSet data, Council council, String node, String group, double value) {
        Observation observation = FrameworkFactory.eINSTANCE.createObservation();
        observation.setCouncil(council);
        observation.setPeriod("2006-07");
        observation.setNodeId(node);
        observation.setGroup(group);
        observation.setValue(value);
        data.getObservations().add(observation);
    }

}
