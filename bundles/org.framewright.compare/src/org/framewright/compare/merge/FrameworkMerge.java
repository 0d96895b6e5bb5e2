package org.framewright.compare.merge;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/**
 * Three-way merge of frameworks by element id and feature, for people who edit copies of one framework and for Git
 * (as a merge driver). Changes that do not overlap are combined: attribute and reference changes, weights, bands and
 * matrix cells item by item, additions, moves, reorderings and deletions of elements the other side left alone. A
 * conflict is the same feature changed differently, a deletion of something the other side changed, or an id added
 * on both sides with different content; the merged framework then keeps OURS' value and the conflict is listed.
 * Inputs are never modified.
 */
public final class FrameworkMerge {

    private FrameworkMerge() {
    }

    /** Merges the changes {@code base -> theirs} into a copy of {@code ours}. */
    public static MergeResult merge(Framework base, Framework ours, Framework theirs) {
        Resource resource = FrameworkFiles.newResourceSet().createResource(URI.createURI("merged.framework"));
        Framework merged = EcoreUtil.copy(ours);
        resource.getContents().add(merged);
        MergeContext context = new MergeContext(new ElementIndex(base), new ElementIndex(ours),
            new ElementIndex(theirs), merged);
        new ElementMerger(context).run();
        return new MergeResult(merged, context.conflicts());
    }
}
