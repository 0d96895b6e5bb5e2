package org.framewright.ui.explorer;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.framewright.ui.markers.ProblemOverlays;
import org.framewright.ui.viewers.ItemImages;
import org.framewright.ui.viewers.ItemProviders;

/** Workspace labels for resources; item provider labels and icons (with problem overlays) for model elements. */
final class ExplorerLabelProvider extends LabelProvider {

    private final ILabelProvider resources = new WorkbenchLabelProvider();
    private final ItemImages images;

    ExplorerLabelProvider(Control owner) {
        this.images = new ItemImages(owner);
    }

    @Override
    public String getText(Object element) {
        if (element instanceof IResource) {
            return resources.getText(element);
        }
        IItemLabelProvider labels = labels(element);
        return labels == null ? String.valueOf(element) : labels.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof IResource) {
            return resources.getImage(element);
        }
        IItemLabelProvider labels = labels(element);
        return labels == null ? null : images.get(labels.getImage(element), ProblemOverlays.overlayOf(element));
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }

    private static IItemLabelProvider labels(Object element) {
        AdapterFactory factory = ItemProviders.adapterFactoryOf(element);
        return factory == null ? null : (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }
}
