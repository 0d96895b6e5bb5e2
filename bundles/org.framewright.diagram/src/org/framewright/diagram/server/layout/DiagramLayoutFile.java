package org.framewright.diagram.server.layout;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import org.framewright.model.resource.AtomicFiles;

/**
 * Reads and writes {@code <model>.framework.layout}: JSON of the form
 * {@code {"version":1,"diagrams":{"logic-model/CA1-LM":{"CA1-el-AP":{"x":40.0,"y":60.0}}},
 * "filters":{"structure":["HIDE_INDICATORS"]},"collapsed":{"structure":["CA1"]}}} (the filters switched on and the
 * nodes collapsed per diagram; files without them are read as having none).
 * Written through {@link AtomicFiles}, so a failed save never leaves a partial file.
 */
public final class DiagramLayoutFile {

    /** The suffix appended to the model file's name. */
    public static final String SUFFIX = ".layout";

    private static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private static final Type CONTENT = new TypeToken<Content>() { }.getType();

    private record Content(int version, Map<String, Map<String, DiagramLayout.Position>> diagrams,
            Map<String, Set<String>> filters, Map<String, Set<String>> collapsed) {
    }

    private DiagramLayoutFile() {
    }

    /** The layout file beside {@code modelFile}. */
    public static Path of(Path modelFile) {
        return modelFile.resolveSibling(modelFile.getFileName() + SUFFIX);
    }

    /** Reads the layout beside {@code modelFile}; an empty layout when there is none. */
    public static DiagramLayout read(Path modelFile) throws IOException {
        Path file = of(modelFile);
        DiagramLayout layout = new DiagramLayout();
        if (!Files.exists(file)) {
            return layout;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Content content = GSON.fromJson(reader, CONTENT);
            if (content != null && content.diagrams() != null) {
                content.diagrams().forEach(layout::replacePositions);
            }
            if (content != null && content.filters() != null) {
                content.filters().forEach(layout::setFilters);
            }
            if (content != null && content.collapsed() != null) {
                content.collapsed().forEach(layout::setCollapsed);
            }
        } catch (JsonParseException e) {
            throw new IOException(file + ":1:1: not a diagram layout file: " + e.getMessage(), e);
        }
        return layout;
    }

    /** Writes {@code layout} beside {@code modelFile} (removes the file when the layout is empty). */
    public static void write(Path modelFile, DiagramLayout layout) throws IOException {
        Path file = of(modelFile);
        Map<String, Map<String, DiagramLayout.Position>> diagrams = new TreeMap<>(layout.all());
        Map<String, Set<String>> filters = new TreeMap<>(layout.allFilters());
        Map<String, Set<String>> collapsed = new TreeMap<>(layout.allCollapsed());
        if (diagrams.isEmpty() && filters.isEmpty() && collapsed.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Content content = new Content(VERSION, diagrams, filters.isEmpty() ? null : filters,
                collapsed.isEmpty() ? null : collapsed);
        AtomicFiles.writeString(file, GSON.toJson(content) + "\n");
    }
}
