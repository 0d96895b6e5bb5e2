package org.framewright.diagram.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word wrapping of node names. */
class TextLinesTest {

    @Test
    void wrapsAtWordsAndCutsWithAnEllipsis() {
        assertEquals(List.of("Hip fractures in people", "aged 65 and over"),
                TextLines.wrap("Hip fractures in people aged 65 and over", 24, 3));
        assertEquals(List.of("one two", "three…"), TextLines.wrap("one two three four five", 8, 2));
        assertEquals(List.of(""), TextLines.wrap(null, 10, 2));
        assertEquals(List.of("abcdefghi…"), TextLines.wrap("abcdefghijklmnop", 10, 2));
    }
}
