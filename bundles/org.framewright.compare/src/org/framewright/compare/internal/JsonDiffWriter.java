package org.framewright.compare.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.framewright.compare.ElementChange;
import org.framewright.compare.FeatureChange;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.IndicatorLineage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a {@link FrameworkDiff} as one JSON object: {@code old}, {@code new}, {@code identical}, {@code notes},
 * {@code lineage} (rows with {@code class}, {@code id}, {@code oldIds}, {@code name}, {@code oldAreas},
 * {@code newAreas}, {@code declared}, {@code note}) and {@code elements} (with {@code kind}, {@code type},
 * {@code id}, {@code name}, {@code oldParent}, {@code newParent}, {@code changes}: {@code feature},
 * {@code category}, {@code old}, {@code new}). Enumerations are lower case.
 */
public final class JsonDiffWriter {

    private JsonDiffWriter() {
    }

    /** Writes {@code diff} to {@code out}, pretty-printed, with a final line break. */
    public static void write(FrameworkDiff diff, Appendable out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("old", diff.oldFramework());
        root.addProperty("new", diff.newFramework());
        root.addProperty("identical", diff.identical());
        root.add("notes", strings(diff.notes()));
        JsonArray lineage = new JsonArray();
        for (IndicatorLineage row : diff.lineage()) {
            JsonObject json = new JsonObject();
            json.addProperty("class", lower(row.lineage()));
            json.addProperty("id", row.id());
            json.addProperty("newId", row.newId());
            json.add("oldIds", strings(row.oldIds()));
            json.addProperty("name", row.name());
            json.add("oldAreas", strings(row.oldAreas()));
            json.add("newAreas", strings(row.newAreas()));
            json.addProperty("declared", row.declared());
            json.addProperty("note", row.note());
            lineage.add(json);
        }
        root.add("lineage", lineage);
        JsonArray elements = new JsonArray();
        for (ElementChange change : diff.elements()) {
            JsonObject json = new JsonObject();
            json.addProperty("kind", lower(change.kind()));
            json.addProperty("type", change.type());
            json.addProperty("id", change.id());
            json.addProperty("name", change.name());
            json.addProperty("oldParent", change.oldParent());
            json.addProperty("newParent", change.newParent());
            JsonArray changes = new JsonArray();
            for (FeatureChange feature : change.changes()) {
                JsonObject featureJson = new JsonObject();
                featureJson.addProperty("feature", feature.feature());
                featureJson.addProperty("category", lower(feature.category()));
                featureJson.addProperty("old", feature.oldValue());
                featureJson.addProperty("new", feature.newValue());
                changes.add(featureJson);
            }
            json.add("changes", changes);
            elements.add(json);
        }
        root.add("elements", elements);
        out.append(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
        out.append(System.lineSeparator());
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
