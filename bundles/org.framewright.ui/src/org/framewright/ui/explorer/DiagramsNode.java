package org.framewright.ui.explorer;

import org.eclipse.core.resources.IFile;

/**
 * The explorer's "Diagrams" node under a {@code .framework} file; its children are the file's
 * {@link org.framewright.ui.diagrams.DiagramReference}s (Sirius calls them representations).
 *
 * @param file the framework file
 */
public record DiagramsNode(IFile file) {

    /** The node's label. */
    public static final String LABEL = "Diagrams";
}
