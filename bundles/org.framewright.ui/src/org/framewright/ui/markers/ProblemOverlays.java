package org.framewright.ui.markers;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.framewright.validation.Severity;

/**
 * The error and warning overlays (bottom left, as in Eclipse's own trees) that model trees, the explorer and the
 * editor tab put on an element's icon when {@link LiveValidation} found a problem in it or in what it contains.
 */
public final class ProblemOverlays {

    private ProblemOverlays() {
    }

    /** The overlay for {@code severity}: error or warning; {@code null} for information and none. */
    public static ImageDescriptor overlay(Severity severity) {
        if (severity == null || severity == Severity.INFO) {
            return null;
        }
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(
            severity == Severity.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR : ISharedImages.IMG_DEC_FIELD_WARNING);
    }

    /** The overlay for {@code element}'s worst problem in its open document, or {@code null}. */
    public static ImageDescriptor overlayOf(Object element) {
        LiveValidation validation = LiveValidation.find(element);
        return validation == null ? null : overlay(validation.severity(element));
    }
}
