package org.framewright.ui.explorer;

import org.framewright.ui.review.CommentStore;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.markers.ProblemOverlays;
import org.framewright.ui.viewers.ItemImages;
import org.framewright.ui.viewers.ItemProviders;

/**
 * Workspace labels for resources; item provider labels and icons (with problem overlays) for model elements and the
 * diagrams they show.
 */
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
        if (element instanceof DiagramsNode) {
            return DiagramsNode.LABEL;
        }
        if (element instanceof DiagramReference diagram) {
            return diagram.label();
        }
        IItemLabelProvider labels = labels(element);
        String text = labels == null ? String.valueOf(element) : labels.getText(element);
        return text + CommentStore.badge(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof IResource) {
            return resources.getImage(element);
        }
        if (element instanceof DiagramsNode) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        if (element instanceof DiagramReference diagram) {
            ImageDescriptor contributed = diagram.contributedIcon();
            if (contributed != null) {
                return images.get(contributed);
            }
            Object shown = shownElement(diagram);
            return shown == null ? null : getImage(shown);
        }
        IItemLabelProvider labels = labels(element);
        return labels == null ? null : images.get(labels.getImage(element), ProblemOverlays.overlayOf(element));
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }

    /** The element a diagram shows (the framework or the logic model), for its icon. */
    private static Object shownElement(DiagramReference diagram) {
        ModelDocument document = ModelDocuments.peek(diagram.file());
        if (document == null) {
            return null;
        }
        return diagram.elementId() == null ? document.framework()
            : document.resource().getEObject(diagram.elementId());
    }

    private static IItemLabelProvider labels(Object element) {
        AdapterFactory factory = ItemProviders.adapterFactoryOf(element);
        return factory == null ? null : (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }
}
