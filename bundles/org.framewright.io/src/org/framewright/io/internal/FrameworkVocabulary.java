package org.framewright.io.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.Disaggregation;
import org.framewright.model.EvidenceCategory;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;

/**
 * The ids council data may use with a framework: node ids (every indicator and every area at any depth), group
 * ids (its disaggregations) and category ids (its evidence categories).
 */
public final class FrameworkVocabulary {

    private final String label;
    private final String exampleNode;
    private final Set<String> nodeIds = new LinkedHashSet<>();
    private final Set<String> groupIds = new LinkedHashSet<>();
    private final Set<String> categoryIds = new LinkedHashSet<>();

    private FrameworkVocabulary(Framework framework) {
        label = framework.getId() + (framework.getName() == null ? "" : " (" + framework.getName() + ")");
        for (TreeIterator<EObject> all = framework.eAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (next instanceof Indicator indicator) {
                nodeIds.add(indicator.getId());
            } else if (next instanceof Area area) {
                nodeIds.add(area.getId());
            }
        }
        exampleNode = framework.getIndicators().isEmpty()
            ? nodeIds.stream().findFirst().orElse(null) : framework.getIndicators().get(0).getId();
        framework.getDisaggregations().stream().map(Disaggregation::getId).forEach(groupIds::add);
        framework.getEvidenceCategories().stream().map(EvidenceCategory::getId).forEach(categoryIds::add);
    }

    /** The vocabulary of {@code framework}. */
    public static FrameworkVocabulary of(Framework framework) {
        return new FrameworkVocabulary(framework);
    }

    /** The framework as messages name it: id (name). */
    public String label() {
        return label;
    }

    public boolean isNode(String id) {
        return nodeIds.contains(id);
    }

    public boolean isGroup(String id) {
        return groupIds.contains(id);
    }

    public boolean isCategory(String id) {
        return categoryIds.contains(id);
    }

    /** An indicator or area id to quote as an example, or null when there is none. */
    public String exampleNode() {
        return exampleNode;
    }

    public Set<String> groupIds() {
        return groupIds;
    }

    public Set<String> categoryIds() {
        return categoryIds;
    }
}
