package org.framewright.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the image objects of EMF item providers (a {@link URL} to a GIF in the edit bundle, or a
 * {@link ComposedImage} of such URLs) into SWT images owned by a resource manager that lives as long as a control.
 */
public final class ItemImages {

    private final ResourceManager resources;

    /** Images for {@code owner}: they are disposed with it. */
    public ItemImages(Control owner) {
        this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** The SWT image for an item provider's image object, or {@code null} if it has none. */
    public Image get(Object imageObject) {
        ImageDescriptor descriptor = descriptor(imageObject);
        return descriptor == null ? null : resources.create(descriptor);
    }

    /** The SWT image for an item provider's image object with {@code overlay} at its bottom left ({@code null}: none). */
    public Image get(Object imageObject, ImageDescriptor overlay) {
        ImageDescriptor descriptor = descriptor(imageObject);
        if (descriptor == null || overlay == null) {
            return get(imageObject);
        }
        return resources.create(new DecorationOverlayIcon(descriptor, overlay, IDecoration.BOTTOM_LEFT));
    }

    /**
     * The SWT image for an item provider's image object with a problem overlay at its bottom left and a provenance
     * overlay ({@link ProvenanceMarkers}) at its top right; either may be {@code null}.
     */
    public Image get(Object imageObject, ImageDescriptor problem, ImageDescriptor provenance) {
        ImageDescriptor descriptor = descriptor(imageObject);
        if (descriptor == null || provenance == null) {
            return get(imageObject, problem);
        }
        ImageDescriptor base = problem == null ? descriptor
            : new DecorationOverlayIcon(descriptor, problem, IDecoration.BOTTOM_LEFT);
        return resources.create(new DecorationOverlayIcon(base, provenance, IDecoration.TOP_RIGHT));
    }

    /** The image descriptor for an item provider's image object (the base image of a composed one). */
    public static ImageDescriptor descriptor(Object imageObject) {
        if (imageObject instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (imageObject instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (imageObject instanceof ComposedImage composed) {
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        return null;
    }
}
