package org.framewright.compare.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;

/** Layout side files: positions take OURS unless only THEIRS moved a node. */
class JsonMergeTest {

    private static final String BASE = """
        {"version":1,"diagrams":{"structure":{"A":{"x":10.0,"y":10.0},"B":{"x":50.0,"y":10.0}}},
         "filters":{"structure":["HIDE_INDICATORS"]}}""";

    private static JsonObject merged(String ours, String theirs) {
        return JsonParser.parseString(JsonMerge.merge(BASE, ours, theirs)).getAsJsonObject();
    }

    private static double x(JsonObject layout, String node) {
        return layout.getAsJsonObject("diagrams").getAsJsonObject("structure").getAsJsonObject(node).get("x")
            .getAsDouble();
    }

    @Test
    void aNodeOnlyTheirsMovedTakesTheirsPositionAndOneBothMovedKeepsOurs() {
        String ours = BASE.replace("\"A\":{\"x\":10.0", "\"A\":{\"x\":11.0");
        String theirs = BASE.replace("\"A\":{\"x\":10.0", "\"A\":{\"x\":12.0")
            .replace("\"B\":{\"x\":50.0", "\"B\":{\"x\":70.0");

        JsonObject layout = merged(ours, theirs);

        assertEquals(11.0, x(layout, "A"));
        assertEquals(70.0, x(layout, "B"));
    }

    @Test
    void nodesAndFiltersAddedOnEitherSideAreKept() {
        String ours = BASE.replace("\"B\":{", "\"C\":{\"x\":1.0,\"y\":2.0},\"B\":{");
        String theirs = BASE.replace("[\"HIDE_INDICATORS\"]", "[\"HIDE_INDICATORS\",\"HIDE_ASSUMPTIONS\"]")
            .replace("\"B\":{", "\"D\":{\"x\":3.0,\"y\":4.0},\"B\":{");

        JsonObject layout = merged(ours, theirs);

        assertEquals(1.0, x(layout, "C"));
        assertEquals(3.0, x(layout, "D"));
        assertEquals(2, layout.getAsJsonObject("filters").getAsJsonArray("structure").size());
    }

    @Test
    void tellsJsonFromXml() {
        assertTrue(JsonMerge.looksLikeJson("  \n{\"version\":1}"));
        assertFalse(JsonMerge.looksLikeJson("<?xml version=\"1.0\"?><fw:Framework/>"));
    }
}
