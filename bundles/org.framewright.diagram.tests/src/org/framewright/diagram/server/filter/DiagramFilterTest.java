package org.framewright.diagram.server.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A filter is found by its name, as the client's toggle and the layout file name it; an unknown name (from a newer
 * version) is no filter rather than an error; and the web client's toolbar offers a box for exactly the server's
 * filters, each named as the server names it.
 */
class DiagramFilterTest {

    @Test
    void aFilterIsFoundByItsNameAndAnUnknownNameIsNone() {
        assertEquals(Optional.of(DiagramFilter.HIDE_LEADS_TO), DiagramFilter.named("HIDE_LEADS_TO"));
        assertEquals(Optional.empty(), DiagramFilter.named("HIDE_EVERYTHING"));
        assertEquals(Optional.empty(), DiagramFilter.named("hide_leads_to"), "names are exact");
    }

    @Test
    void theClientsFilterBoxesAreTheServersFilters() throws Exception {
        String page = Files.readString(clientPage());
        List<String> boxes = new ArrayList<>();
        Matcher box = Pattern.compile("data-filter=\"([^\"]+)\"").matcher(page);
        while (box.find()) {
            boxes.add(box.group(1));
        }
        assertTrue(boxes.stream().allMatch(name -> DiagramFilter.named(name).isPresent()), boxes.toString());
        assertEquals(Arrays.stream(DiagramFilter.values()).map(Enum::name).sorted().toList(),
            boxes.stream().sorted().toList(), "web/index.html offers a box for every filter, once");
    }

    private static Path clientPage() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            Path page = at.resolve("bundles/org.framewright.diagram.ui/web/index.html");
            if (Files.isRegularFile(page)) {
                return page;
            }
        }
        throw new IllegalStateException("no bundles/org.framewright.diagram.ui/web/index.html above "
            + Path.of("").toAbsolutePath());
    }
}
