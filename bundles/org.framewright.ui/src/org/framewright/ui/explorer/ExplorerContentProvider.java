package org.framewright.ui.explorer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.framewright.model.resource.FrameworkResourceFactory;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.viewers.ItemContentProvider;

/**
 * The explorer's tree: workspace projects and folders, their files, and below each {@code .framework} file the
 * framework and its content from the item providers, then a {@link DiagramsNode} listing the file's diagrams. A
 * file's document is acquired when the file is first expanded and released when the explorer closes.
 */
final class ExplorerContentProvider implements ITreeContentProvider {

    private static final Object[] NONE = {};

    private final Map<IFile, ModelDocument> documents = new LinkedHashMap<>();
    private final Map<IFile, ItemContentProvider> modelProviders = new LinkedHashMap<>();
    private Viewer viewer;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IContainer container) {
            try {
                return Arrays.stream(container.members()).filter(r -> !r.getName().startsWith(".")).toArray();
            } catch (CoreException e) {
                return NONE;
            }
        }
        if (parent instanceof IFile file && isFramework(file)) {
            ModelDocument document = document(file);
            return document == null ? NONE : new Object[] {document.framework(), new DiagramsNode(file)};
        }
        if (parent instanceof DiagramsNode node) {
            ModelDocument document = document(node.file());
            return document == null ? NONE : DiagramReference.of(node.file(), document.framework()).toArray();
        }
        ItemContentProvider provider = modelProvider(parent);
        return provider == null ? NONE : provider.getChildren(parent);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof IResource resource) {
            return resource.getParent();
        }
        if (element instanceof DiagramsNode node) {
            return node.file();
        }
        if (element instanceof DiagramReference diagram) {
            return new DiagramsNode(diagram.file());
        }
        if (element instanceof EObject object && object.eContainer() == null) {
            return documents.entrySet().stream().filter(e -> e.getValue().framework() == object)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        ItemContentProvider provider = modelProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof IContainer || element instanceof DiagramsNode) {
            return true;
        }
        if (element instanceof IFile file) {
            return isFramework(file);
        }
        ItemContentProvider provider = modelProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    /** Gives back every document this tree acquired (the files may have been closed, deleted or renamed). */
    void releaseAll() {
        modelProviders.values().forEach(ItemContentProvider::dispose);
        modelProviders.clear();
        documents.values().forEach(ModelDocument::release);
        documents.clear();
    }

    @Override
    public void dispose() {
        releaseAll();
    }

    /**
     * A command may have added, renamed or removed a logic model: list the file's diagrams again. A file changed under
     * its document: give the document back and show the file's new content.
     */
    private void documentChanged(ModelDocument document, ModelDocument.Change change) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (change == ModelDocument.Change.COMMAND_STACK) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    ((StructuredViewer) viewer).refresh(new DiagramsNode(document.file()));
                }
            });
            return;
        }
        if (change != ModelDocument.Change.STALE) {
            return;
        }
        viewer.getControl().getDisplay().asyncExec(() -> {
            IFile file = document.file();
            if (documents.remove(file, document)) {
                ItemContentProvider provider = modelProviders.remove(file);
                if (provider != null) {
                    provider.dispose();
                }
                document.release();
            }
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }

    static boolean isFramework(IFile file) {
        return FrameworkResourceFactory.EXTENSION.equals(file.getFileExtension());
    }

    private ModelDocument document(IFile file) {
        ModelDocument document = documents.get(file);
        if (document == null && file.exists()) {
            try {
                document = ModelDocuments.acquire(file);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
                return null;
            }
            documents.put(file, document);
            document.addListener(this::documentChanged);
            ItemContentProvider provider = new ItemContentProvider(document.adapterFactory());
            provider.inputChanged(viewer, null, null);
            modelProviders.put(file, provider);
        }
        return document;
    }

    private ItemContentProvider modelProvider(Object element) {
        if (!(element instanceof EObject object) || object.eResource() == null) {
            return null;
        }
        for (Map.Entry<IFile, ModelDocument> entry : documents.entrySet()) {
            if (entry.getValue().resource().getResourceSet() == object.eResource().getResourceSet()) {
                return modelProviders.get(entry.getKey());
            }
        }
        return null;
    }
}
