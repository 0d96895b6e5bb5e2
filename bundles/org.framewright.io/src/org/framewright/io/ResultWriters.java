package org.framewright.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The result writers installed, read once from the {@code writer} elements of {@code org.framewright.io.formats}.
 * A command's {@code --format} offers the ids of the writers of its result kind ({@link #ids}) by ascending
 * {@code order} (Framewright's own have orders below {@link #DEFAULT_ORDER}, so they come first). The first contribution of an id for a result kind wins.
 * A contribution whose class cannot be created is left out with a line on stderr. Outside OSGi none is installed.
 */
public final class ResultWriters {

    /** The result kind of {@code framewright score}: writers of {@code org.framewright.scoring.ScoringResult}. */
    public static final String SCORE = "score";

    /**
     * One installed writer.
     *
     * @param id what {@code --format} takes, e.g. {@code csv}
     * @param name the format as users know it
     * @param result the result kind it writes, e.g. {@code score}
     * @param extension the usual file name extension of its output, without the dot
     * @param contributor the symbolic name of the contributing bundle
     * @param writer the implementation
     */
    public record Writer(String id, String name, String result, String extension, String contributor,
            ResultWriter<?> writer) {

        /** The output for {@code output}, a result of this writer's kind. */
        @SuppressWarnings("unchecked")
        public <R> String render(R output) {
            return ((ResultWriter<R>) writer).render(output);
        }
    }

    /** The order of a writer that declares none: after Framewright's own (which have orders below 100). */
    public static final int DEFAULT_ORDER = 100;

    private static List<Writer> installed;

    private ResultWriters() {
    }

    /** The installed writers by ascending order. */
    public static synchronized List<Writer> installed() {
        if (installed == null) {
            installed = read(RegistryFactory.getRegistry());
        }
        return installed;
    }

    /** The writers of a result kind. */
    public static List<Writer> of(String result) {
        return installed().stream().filter(w -> w.result().equals(result)).toList();
    }

    /** The ids of the writers of a result kind, for {@code --format}. */
    public static List<String> ids(String result) {
        return of(result).stream().map(Writer::id).toList();
    }

    /** The writer of a result kind with this id, or null. */
    public static Writer find(String result, String id) {
        return of(result).stream().filter(w -> w.id().equals(id)).findFirst().orElse(null);
    }

    private static List<Writer> read(IExtensionRegistry registry) {
        if (registry == null) {
            return List.of();
        }
        List<IConfigurationElement> elements = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(CouncilDataFormats.EXTENSION_POINT)) {
            if (element.getName().equals("writer")) {
                elements.add(element);
            }
        }
        // a stable sort: by order, then as contributed
        elements.sort(Comparator.comparingInt(e -> order(e.getAttribute("order"))));
        List<Writer> all = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            try {
                add(all, new Writer(element.getAttribute("id"), element.getAttribute("name"),
                    element.getAttribute("result"), element.getAttribute("extension"), contributor,
                    (ResultWriter<?>) element.createExecutableExtension("class")));
            } catch (CoreException | ClassCastException e) {
                System.err.println("framewright: result writer " + element.getAttribute("id") + " of plugin "
                    + contributor + " is not used: " + e.getMessage());
            }
        }
        return List.copyOf(all);
    }

    private static int order(String text) {
        try {
            return text == null ? DEFAULT_ORDER : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }

    private static void add(List<Writer> all, Writer writer) {
        if (all.stream().noneMatch(w -> w.result().equals(writer.result()) && w.id().equals(writer.id()))) {
            all.add(writer);
        }
    }
}
