package org.framewright.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.Framework;

/**
 * The framework's levels and weights as a sunburst: the overall score in the centre, its inputs (areas) on the first
 * ring, their inputs (indicators) on the next, each segment's angle proportional to its nominal share of the overall
 * score ({@link WeightRow#current()}: the product of the weights on its way up, COINr's effective weight), children
 * inside their parent's angle in the scheme's order, clockwise from 12 o'clock. The workbench's Sunburst tab and
 * {@code audit --format html} both draw these segments; neither works the angles out again.
 */
public final class WeightSunburst {

    /**
     * One segment.
     *
     * @param id the input's id (an area or indicator)
     * @param name its name (the id when the framework has no element of that id)
     * @param parent the id of the node it is an input of ({@code overall} on the first ring)
     * @param ring 1 for the inputs of the overall score, 2 for theirs, and so on
     * @param startDegrees where it starts, clockwise from 12 o'clock
     * @param sweepDegrees its angle: {@code share} x 360 / 100
     * @param share its nominal share of the overall score, in %
     * @param effective the share of the overall score's variance it carries, in % (NaN when not computed)
     */
    public record Segment(String id, String name, String parent, int ring, double startDegrees, double sweepDegrees,
            double share, double effective) {
    }

    private final String root;
    private final List<Segment> segments;

    private WeightSunburst(String root, List<Segment> segments) {
        this.root = root;
        this.segments = List.copyOf(segments);
    }

    /**
     * The sunburst of {@code weights} (from {@link WeightScenarios#analyse}); inputs with no share (e.g. an area no
     * council has a value for) have no segment. Empty when the scheme has no weighted mean.
     */
    public static WeightSunburst of(Framework framework, WeightReport weights) {
        Set<String> inputs = new LinkedHashSet<>();
        weights.rows().forEach(r -> inputs.add(r.id()));
        String root = weights.rows().stream().map(WeightRow::area).filter(a -> !inputs.contains(a)).findFirst()
            .orElse(null);
        List<Segment> segments = new ArrayList<>();
        if (root != null) {
            place(framework, weights.rows(), root, 1, 0, segments, new LinkedHashSet<>());
        }
        return new WeightSunburst(root, segments);
    }

    private static void place(Framework framework, List<WeightRow> rows, String parent, int ring, double start,
            List<Segment> segments, Set<String> path) {
        if (!path.add(parent)) {
            return; // a node that is its own input: the scheme's validation reports it
        }
        double angle = start;
        for (WeightRow row : rows) {
            if (row.area().equals(parent) && row.current() > 0) {
                double sweep = row.current() * 3.6;
                segments.add(new Segment(row.id(), StatisticalAudit.name(framework, row.id()), parent, ring, angle,
                    sweep, row.current(), row.effective()));
                place(framework, rows, row.id(), ring + 1, angle, segments, path);
                angle += sweep;
            }
        }
        path.remove(parent);
    }

    /** The id of the centre (normally {@code overall}), or null when there are no segments. */
    public String root() {
        return root;
    }

    /** The segments, parents before their children, each ring clockwise. */
    public List<Segment> segments() {
        return segments;
    }

    /** The number of rings (0 without segments). */
    public int rings() {
        return segments.stream().mapToInt(Segment::ring).max().orElse(0);
    }

    /** The segment whose ring is {@code ring} and whose angle holds {@code degrees} (0-360), or null. */
    public Segment at(int ring, double degrees) {
        for (Segment s : segments) {
            if (s.ring() == ring && degrees >= s.startDegrees() && degrees < s.startDegrees() + s.sweepDegrees()) {
                return s;
            }
        }
        return null;
    }

    /** The tooltip of a segment: its name, id and shares. */
    public static String tooltip(Segment s) {
        return s.name() + (s.name().equals(s.id()) ? "" : " (" + s.id() + ")") + ": weight "
            + AuditTables.fixed(s.share(), 1) + " % of the overall score"
            + (Double.isNaN(s.effective()) ? "" : "; carries " + AuditTables.fixed(s.effective(), 1)
                + " % of its variance");
    }
}
