package org.framewright.ui.viewers;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.framewright.ui.markers.ProblemOverlays;
import org.framewright.ui.review.CommentStore;

/**
 * Labels and icons from the {@link IItemLabelProvider}s of an adapter factory; other objects fall back to a delegate.
 * Icons carry an error or warning overlay when live validation found a problem in the element ({@link ProblemOverlays});
 * a blue dot at the top right when the element or one of its attributes is inferred or invented
 * ({@link ProvenanceMarkers}); labels end with {@code [N open comments]} when review threads on the element are open ({@link CommentStore#badge}).
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images;

    /** Labels from {@code adapterFactory}; images are owned by {@code owner}. */
    public ItemLabelProvider(AdapterFactory adapterFactory, Control owner) {
        this.adapterFactory = adapterFactory;
        this.images = new ItemImages(owner);
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? super.getText(element) : provider.getText(element) + CommentStore.badge(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labelProvider(element);
        return provider == null ? null : images.get(provider.getImage(element), ProblemOverlays.overlayOf(element),
            ProvenanceMarkers.overlayOf(element));
    }

    /** The item label provider of {@code element}, or {@code null}. */
    protected IItemLabelProvider labelProvider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }
}
