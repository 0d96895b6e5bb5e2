package org.framewright.scoring.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Observation;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringException;

/**
 * The current framework and the earlier ones it replaced, so that a trend over many years scores each period with
 * the framework of its time: the one whose indicators occur most in that period's data. A file of the real ASCOF
 * results holds the ids of ASCOF 2019-20 for 2017-18 to 2022-23 and of ASCOF 2023-24 for 2023-24; neither framework
 * alone can score all seven years like for like.
 */
public final class FrameworkChain {

    private final List<Framework> newestFirst;

    /**
     * @param current the framework of the latest periods (it wins every tie)
     * @param earlier the frameworks before it, newest first (an earlier one wins ties against a later one in the list)
     */
    public FrameworkChain(Framework current, List<Framework> earlier) {
        List<Framework> all = new ArrayList<>();
        all.add(current);
        all.addAll(earlier);
        this.newestFirst = List.copyOf(all);
    }

    /** A chain of one framework: every period is scored with it. */
    public static FrameworkChain of(Framework framework) {
        return new FrameworkChain(framework, List.of());
    }

    /**
     * {@code current} and the frameworks it is based on, newest first: its {@code basedOn}, that one's
     * {@code basedOn}, and so on (each resolved through {@code current}'s resource set, as the model's own reference
     * resolves), until one names none, names one that cannot be resolved, or names one already in the chain.
     */
    public static FrameworkChain basedOn(Framework current) {
        List<Framework> earlier = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(current.getId());
        Framework next = current.getBasedOn();
        while (next != null && !next.eIsProxy() && seen.add(next.getId())) {
            earlier.add(next);
            next = next.getBasedOn();
        }
        return new FrameworkChain(current, earlier);
    }

    /** The framework of the latest periods. */
    public Framework current() {
        return newestFirst.get(0);
    }

    /** The current framework, then the earlier ones, newest first. */
    public List<Framework> frameworks() {
        return newestFirst;
    }

    /** Whether there is more than the current framework. */
    public boolean hasEarlier() {
        return newestFirst.size() > 1;
    }

    /**
     * The framework that scores each period of {@code data} in which an indicator of some framework of the chain
     * occurs, periods in time order: per period the framework with the most of its indicator ids among the period's
     * observations, a tie going to the newer framework.
     */
    public Map<String, Framework> byPeriod(DataSet data) {
        Map<String, Set<String>> idsIn = new HashMap<>();
        for (Observation o : data.getObservations()) {
            if (o.getPeriod() != null) {
                idsIn.computeIfAbsent(o.getPeriod(), k -> new HashSet<>()).add(o.getNodeId());
            }
        }
        List<Set<String>> indicatorIds = newestFirst.stream().map(FrameworkChain::indicatorIds).toList();
        Set<String> anyIndicator = new HashSet<>();
        indicatorIds.forEach(anyIndicator::addAll);
        Map<String, Framework> chosen = new LinkedHashMap<>();
        for (String period : Trends.periods(anyIndicator, data)) {
            Framework best = null;
            long bestCount = -1;
            for (int i = 0; i < newestFirst.size(); i++) {
                long count = indicatorIds.get(i).stream().filter(idsIn.get(period)::contains).count();
                if (count > bestCount) { // strictly more: a tie keeps the newer one met first
                    best = newestFirst.get(i);
                    bestCount = count;
                }
            }
            chosen.put(period, best);
        }
        return chosen;
    }

    /**
     * The scheme that scores {@code framework}'s periods: {@code currentScheme} for the current framework, else the
     * earlier framework's scheme of the same id (the same method, so scores are alike), else its first.
     *
     * @throws ScoringException when an earlier framework has no scheme at all
     */
    public ScoringScheme scheme(Framework framework, ScoringScheme currentScheme) throws ScoringException {
        if (framework == current()) {
            return currentScheme;
        }
        for (ScoringScheme scheme : framework.getSchemes()) {
            if (scheme.getId() != null && scheme.getId().equals(currentScheme.getId())) {
                return scheme;
            }
        }
        if (framework.getSchemes().isEmpty()) {
            throw new ScoringException("the earlier framework " + framework.getId()
                + " has no scoring scheme: its periods cannot be scored");
        }
        return framework.getSchemes().get(0);
    }

    private static Set<String> indicatorIds(Framework framework) {
        Set<String> ids = new HashSet<>();
        for (Indicator indicator : framework.getIndicators()) {
            ids.add(indicator.getId());
        }
        return ids;
    }
}
