package org.framewright.diagram.ui.commands;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.framewright.ui.commands.SelectedFrameworks;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;

/** Which diagrams a workbench selection stands for (a framework file, a Diagrams node, a logic model, ...). */
final class DiagramSelections {

    private DiagramSelections() {
    }

    /** The single selected element, or null for an empty, multiple or unstructured selection. */
    static Object single(Object selection) {
        return selection instanceof IStructuredSelection structured && structured.size() == 1
            ? structured.getFirstElement() : null;
    }

    /** The framework file {@code element} is (a file, the explorer's Diagrams node), else null. */
    static IFile frameworkFile(Object element) {
        return element instanceof EObject || element instanceof DiagramReference ? null
            : SelectedFrameworks.fileOf(element);
    }

    /**
     * The one diagram {@code element} stands for: a diagram reference itself; the structure of a framework file; the
     * diagram of a logic model, of an area's logic model, the structure for the framework. Else null.
     */
    static DiagramReference diagramOf(Object element) {
        if (element instanceof DiagramReference diagram) {
            return diagram;
        }
        IFile file = frameworkFile(element);
        return file != null ? DiagramReference.structure(file) : DiagramReference.ofElement(element);
    }

    /** Every diagram of the framework {@code file} (read from its document, loaded for the moment if nobody holds it). */
    static List<DiagramReference> diagramsOf(IFile file) throws CoreException {
        ModelDocument document = ModelDocuments.acquire(file);
        try {
            return List.copyOf(DiagramReference.of(file, document.framework()));
        } finally {
            document.release();
        }
    }
}
