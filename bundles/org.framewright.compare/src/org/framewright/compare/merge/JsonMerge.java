package org.framewright.compare.merge;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Three-way merge of JSON side files such as a framework's diagram layout ({@code .framework.layout}): objects are
 * merged key by key; a value that only THEIRS changed (a node only THEIRS moved, a filter only THEIRS switched) takes
 * THEIRS' value, anything else keeps OURS'. An object holding no other object (a node's position) is one value, so a
 * position never mixes OURS' x with THEIRS' y. There are no conflicts: OURS wins where both changed.
 */
public final class JsonMerge {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private JsonMerge() {
    }

    /**
     * The merged document, pretty-printed with a final newline.
     *
     * @throws IllegalArgumentException when one of the texts is not JSON, saying why
     */
    public static String merge(String base, String ours, String theirs) {
        try {
            JsonElement merged = merge(parse(base), parse(ours), parse(theirs));
            return GSON.toJson(merged == null ? new JsonObject() : merged) + "\n";
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** True when {@code text} looks like JSON rather than XML: its first non-blank character is a brace. */
    public static boolean looksLikeJson(String text) {
        String trimmed = text.stripLeading();
        return trimmed.startsWith("{");
    }

    private static JsonElement parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return JsonParser.parseString(text);
    }

    private static JsonElement merge(JsonElement base, JsonElement ours, JsonElement theirs) {
        if (Objects.equals(theirs, base) || Objects.equals(theirs, ours)) {
            return ours;
        }
        if (Objects.equals(ours, base)) {
            return theirs;
        }
        if (isComposite(base) && isComposite(ours) && isComposite(theirs)) {
            return mergeObjects(base.getAsJsonObject(), ours.getAsJsonObject(), theirs.getAsJsonObject());
        }
        return ours;
    }

    private static JsonObject mergeObjects(JsonObject base, JsonObject ours, JsonObject theirs) {
        Set<String> keys = new LinkedHashSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        JsonObject merged = new JsonObject();
        for (String key : keys) {
            JsonElement value = merge(base.get(key), ours.get(key), theirs.get(key));
            if (value != null) {
                merged.add(key, value);
            }
        }
        return merged;
    }

    /** An object that holds at least one object: merged member by member rather than as one value. */
    private static boolean isComposite(JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return false;
        }
        for (Map.Entry<String, JsonElement> member : element.getAsJsonObject().entrySet()) {
            if (member.getValue().isJsonObject()) {
                return true;
            }
        }
        return false;
    }
}
