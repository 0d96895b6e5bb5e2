package org.framewright.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.framewright.model.ScoringScheme;

/** The results of scoring a data set under a scheme: one {@link CouncilResult} per council, in input order. */
public final class ScoringResult {

    private final ScoringScheme scheme;
    private final String period;
    private final List<String> nodeIds;
    private final List<CouncilResult> councils;
    private final Map<String, CouncilResult> byId;
    private final List<String> notes;
    private final Set<String> screened;

    /** The results of one run; {@code notes} are about the run as a whole (e.g. an indicator that cannot be normalised). */
    public ScoringResult(ScoringScheme scheme, String period, List<String> nodeIds, List<CouncilResult> councils,
            List<String> notes) {
        this(scheme, period, nodeIds, councils, notes, Set.of());
    }

    /**
     * The results of one run in which the scheme's availability screen left the councils {@code screened} (ids)
     * unscored.
     */
    public ScoringResult(ScoringScheme scheme, String period, List<String> nodeIds, List<CouncilResult> councils,
            List<String> notes, Set<String> screened) {
        this.screened = Set.copyOf(screened);
        this.scheme = scheme;
        this.period = period;
        this.nodeIds = List.copyOf(nodeIds);
        this.councils = List.copyOf(councils);
        this.byId = councils.stream().collect(Collectors.toMap(c -> c.council().getId(), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        this.notes = List.copyOf(notes);
    }

    /** The scheme scored. */
    public ScoringScheme scheme() {
        return scheme;
    }

    /** The period scored, or null when the data carries no period. */
    public String period() {
        return period;
    }

    /** The councils' results in the order of the data set. */
    public List<CouncilResult> councils() {
        return councils;
    }

    /** The scored nodes: indicators, then areas children first, then {@code overall}. */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** The result of one node for one council, or null when either is unknown. */
    public NodeResult get(String councilId, String nodeId) {
        CouncilResult council = byId.get(councilId);
        return council == null ? null : council.nodes().get(nodeId);
    }

    /** The council's results, or null. */
    public CouncilResult council(String councilId) {
        return byId.get(councilId);
    }

    /** The ids of the councils the scheme's availability screen left unscored (none: empty). */
    public Set<String> screened() {
        return screened;
    }

    /** Notes about the run as a whole, e.g. {@code "indicator 3D1B: MAD = 0, robust-z undefined"}. */
    public List<String> notes() {
        return notes;
    }
}
