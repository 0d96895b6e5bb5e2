package org.framewright.ui.review;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.framewright.model.ModelElement;
import org.framewright.review.ReviewComments;

/**
 * The workbench's view of each model's review comments: read once per file and re-read after every change made
 * here, with listeners (the Comments view, the badges of the explorer and the framework editor's trees) told which model's comments changed.
 */
public final class CommentStore {

    /** Told after the comments of a model file changed. */
    public interface Listener {
        /** The comments beside {@code modelFile} changed. */
        void commentsChanged(Path modelFile);
    }

    private static final Map<Path, ReviewComments> CACHE = new ConcurrentHashMap<>();
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private CommentStore() {
    }

    /** The comments of {@code modelFile}; throws when the comment file cannot be read (never read as empty). */
    public static ReviewComments of(Path modelFile) throws IOException {
        ReviewComments cached = CACHE.get(modelFile);
        if (cached == null) {
            cached = ReviewComments.read(modelFile);
            CACHE.put(modelFile, cached);
        }
        return cached;
    }

    /** The number of open threads on {@code element}; 0 when it is not in a file or its comments cannot be read. */
    public static long openOn(Object element) {
        if (!(element instanceof ModelElement modelElement) || modelElement.getId() == null) {
            return 0;
        }
        Path file = fileOf(modelElement);
        if (file == null) {
            return 0;
        }
        try {
            return of(file).openOn(modelElement.getId());
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The badge shown after an element's label in the Model Explorer and the framework editor's trees:
     * {@code "  [2 open comments]"}, or {@code ""} when no thread on it is open.
     */
    public static String badge(Object element) {
        long open = openOn(element);
        return open == 0 ? "" : "  [" + open + " open comment" + (open == 1 ? "" : "s") + "]";
    }

    /** The model file holding {@code element}, or null when it is not in a local file. */
    public static Path fileOf(EObject element) {
        Resource resource = element.eResource();
        if (resource == null || !resource.getURI().isFile()) {
            return null;
        }
        return Path.of(URI.create(resource.getURI().toString()));
    }

    /** Writes the comments and tells the listeners. */
    public static void save(Path modelFile, ReviewComments comments) throws IOException {
        comments.write();
        CACHE.put(modelFile, comments);
        LISTENERS.forEach(listener -> listener.commentsChanged(modelFile));
    }

    /** Forgets what was read, so the next access reads the file again (after Refresh, say). */
    public static void forget(Path modelFile) {
        CACHE.remove(modelFile);
        LISTENERS.forEach(listener -> listener.commentsChanged(modelFile));
    }

    /** Adds a listener. */
    public static void addListener(Listener listener) {
        LISTENERS.add(listener);
    }

    /** Removes a listener. */
    public static void removeListener(Listener listener) {
        LISTENERS.remove(listener);
    }
}
