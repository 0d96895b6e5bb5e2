package org.framewright.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.framewright.compare.IndicatorLineage;
import org.framewright.compare.LineageClass;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;

/**
 * Classifies the indicators of a new framework against an old one. When the new framework is based on the old
 * one ({@code basedOn}), or names no base, its declared lineage counts: {@code keep} / {@code revised} from the
 * {@code predecessorIds} the old framework holds, {@code new}, {@code retired}; an indicator without declared
 * lineage is kept when the old framework has its id, else new. When the new framework is based on a third one,
 * its declarations speak of that one, so ids alone decide. Old indicators (not themselves retired) that no row
 * accounts for are {@link LineageClass#DROPPED}.
 */
public final class LineageClassifier {

    private final ElementIndex oldIndex;
    private final ElementIndex newIndex;
    private final Map<String, Indicator> oldIndicators = new LinkedHashMap<>();
    private final Set<String> accounted = new LinkedHashSet<>();

    /** A classifier of {@code newFramework}'s indicators against {@code oldFramework}'s. */
    public LineageClassifier(Framework oldFramework, Framework newFramework) {
        this(new ElementIndex(oldFramework), new ElementIndex(newFramework));
    }

    /** A classifier over existing indexes of the old and the new framework (a diff builds them once). */
    public LineageClassifier(ElementIndex oldIndex, ElementIndex newIndex) {
        this.oldIndex = oldIndex;
        this.newIndex = newIndex;
        for (Indicator indicator : oldIndex.framework().getIndicators()) {
            oldIndicators.putIfAbsent(indicator.getId(), indicator);
        }
    }

    /** The rows: new-framework order, then dropped old indicators in old order; remarks go to {@code notes}. */
    public List<IndicatorLineage> classify(List<String> notes) {
        Framework oldFramework = oldIndex.framework();
        Framework newFramework = newIndex.framework();
        String basedOn = basedOnId(newFramework);
        boolean declarationsCount = basedOn == null || basedOn.equals(oldFramework.getId());
        if (!declarationsCount) {
            notes.add("The new framework " + newFramework.getId() + " is based on " + basedOn + ", not on "
                + oldFramework.getId() + ": its declared lineage speaks of " + basedOn
                + ", so indicators are matched by id only.");
        }
        List<IndicatorLineage> rows = new ArrayList<>();
        for (Indicator indicator : newFramework.getIndicators()) {
            IndicatorLineage row = declarationsCount ? declared(indicator, notes) : byId(indicator);
            if (row != null) {
                rows.add(row);
                accounted.addAll(row.oldIds());
            }
        }
        for (Indicator old : oldIndicators.values()) {
            if (active(old) && !accounted.contains(old.getId())) {
                rows.add(new IndicatorLineage(LineageClass.DROPPED, "", List.of(old.getId()), name(old),
                    oldIndex.areasOf(old), List.of(), false,
                    "not carried on by any indicator of the new framework, and not declared retired"));
            }
        }
        return rows;
    }

    private IndicatorLineage declared(Indicator indicator, List<String> notes) {
        List<String> resolved = new ArrayList<>();
        for (String predecessor : indicator.getPredecessorIds()) {
            if (oldIndicators.containsKey(predecessor)) {
                resolved.add(predecessor);
            } else {
                notes.add("Indicator " + indicator.getId() + " names predecessor " + predecessor + ", which "
                    + oldIndex.framework().getId() + " does not hold.");
            }
        }
        if (resolved.isEmpty() && oldIndicators.containsKey(indicator.getId())
                && indicator.getLineage() != LineageKind.NEW) {
            resolved.add(indicator.getId());
        }
        LineageKind kind = indicator.getLineage();
        boolean stated = kind != LineageKind.UNSPECIFIED || !indicator.getPredecessorIds().isEmpty();
        switch (kind) {
            case RETIRED:
                return retired(indicator, resolved, notes);
            case NEW:
                return row(LineageClass.NEW, indicator, List.of(), true, "");
            case KEEP:
            case REVISED:
                if (resolved.isEmpty()) {
                    return row(LineageClass.NEW, indicator, List.of(), true, "declared " + kind.getLiteral()
                        + " but names no predecessor that the old framework holds");
                }
                return row(kind == LineageKind.KEEP ? LineageClass.KEEP : LineageClass.REVISED, indicator, resolved,
                    true, "");
            default:
                if (resolved.isEmpty()) {
                    return row(LineageClass.NEW, indicator, List.of(), stated, "");
                }
                boolean sameId = resolved.equals(List.of(indicator.getId()));
                return row(sameId ? LineageClass.KEEP : LineageClass.REVISED, indicator, resolved, stated, "");
        }
    }

    private IndicatorLineage byId(Indicator indicator) {
        Indicator old = oldIndicators.get(indicator.getId());
        if (indicator.getLineage() == LineageKind.RETIRED) {
            return old == null || !active(old) ? null
                : row(LineageClass.RETIRED, indicator, List.of(old.getId()), false, "");
        }
        return old == null ? row(LineageClass.NEW, indicator, List.of(), false, "")
            : row(LineageClass.KEEP, indicator, List.of(old.getId()), false, "");
    }

    private IndicatorLineage retired(Indicator indicator, List<String> ends, List<String> notes) {
        List<String> stillActive = ends.stream().filter(id -> active(oldIndicators.get(id))).toList();
        if (ends.isEmpty()) {
            notes.add("Indicator " + indicator.getId() + " is declared retired, but "
                + oldIndex.framework().getId() + " holds nothing it could retire.");
        }
        return stillActive.isEmpty() ? null : row(LineageClass.RETIRED, indicator, stillActive, true, "");
    }

    private IndicatorLineage row(LineageClass lineage, Indicator indicator, List<String> oldIds, boolean declared,
            String note) {
        List<String> oldAreas = new ArrayList<>();
        for (String oldId : oldIds) {
            oldAreas.addAll(oldIndex.areasOf(oldIndicators.get(oldId)));
        }
        boolean ended = lineage == LineageClass.RETIRED;
        return new IndicatorLineage(lineage, ended ? "" : indicator.getId(), oldIds, name(indicator),
            oldAreas.stream().distinct().toList(), ended ? List.of() : newIndex.areasOf(indicator), declared, note);
    }

    private static boolean active(Indicator indicator) {
        return indicator.getLineage() != LineageKind.RETIRED;
    }

    private static String name(Indicator indicator) {
        return Values.show(indicator.getName());
    }

    /** The id of the framework {@code framework} is based on, without loading it; null when none is named. */
    public static String basedOnId(Framework framework) {
        Object basedOn = framework.eGet(FrameworkPackage.Literals.FRAMEWORK__BASED_ON, false);
        return basedOn instanceof EObject base ? Values.idOf(base) : null;
    }
}
