package org.framewright.compare.results;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The same councils scored under A and under B.
 *
 * @param labelA what A is (framework, scheme, scenario)
 * @param labelB what B is
 * @param councils every council scored under A or B, in A's input order (councils only B has last)
 */
public record ResultsDiff(String labelA, String labelB, List<CouncilShift> councils) {

    /** Checks that no component is null and copies the list. */
    public ResultsDiff {
        Objects.requireNonNull(labelA, "labelA");
        Objects.requireNonNull(labelB, "labelB");
        councils = List.copyOf(councils);
    }

    /** The councils whose rating or rank changed: rating changes first, then by places moved, largest first. */
    public List<CouncilShift> changed() {
        return councils.stream().filter(CouncilShift::changed)
            .sorted(Comparator.comparing((CouncilShift c) -> !c.ratingChanged())
                .thenComparing(c -> c.rankChange() == null ? Integer.MAX_VALUE : -Math.abs(c.rankChange())))
            .toList();
    }
}
