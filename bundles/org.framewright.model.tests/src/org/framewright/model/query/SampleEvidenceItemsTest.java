package org.framewright.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Area;
import org.framewright.model.EvidenceItem;
import org.framewright.model.EvidenceItemKind;
import org.framewright.model.Framework;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CQC sample holds 002's evidence items, best-practice lines, guidance and statement descriptors as structured
 * elements of their quality statements (issue 19), exactly as the seed lists them: read from the seed itself, item
 * by item, in order, each stated by 002 at the line it is on; and no longer as description text.
 */
class SampleEvidenceItemsTest {

    private static List<String> seed;
    private static Framework cqc;

    @BeforeAll
    static void load() throws Exception {
        seed = Files.readAllLines(SharedData.seed("002"), StandardCharsets.UTF_8);
        cqc = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
    }

    @Test
    void assessingNeedsHasTheEvidenceItemsOfEachCategoryAsTheSeedListsThem() {
        // the seed's table: cells "<p>Category</p> <ul ...> • item • item", two rows of cells
        Map<String, List<String>> fromSeed = new LinkedHashMap<>();
        int row = indexOf("Evidence categories and context specific items", 0) + 1;
        for (; !seed.get(row).startsWith("<p>"); row++) {
            // blank lines before the table
        }
        for (; seed.get(row).startsWith("<p>"); row++) {
            for (String cell : seed.get(row).split("\t")) {
                if (cell.isBlank()) {
                    continue;
                }
                String category = cell.substring(3, cell.indexOf("</p>"));
                List<String> items = new ArrayList<>();
                String[] parts = cell.split("\u2022");
                for (int i = 1; i < parts.length; i++) {
                    items.add(parts[i].replaceAll("<p>.*$", "").trim());
                }
                fromSeed.put(category, items);
            }
        }
        Map<String, String> categoryIds = Map.of("People\u2019s experience", "people", "Feedback from staff and leaders",
            "staff", "Feedback from partners", "partners", "Processes", "processes", "Outcomes/performance data",
            "outcomes");
        assertEquals(categoryIds.keySet(), fromSeed.keySet());
        Area qs1 = area("QS1");
        int total = 0;
        for (Map.Entry<String, List<String>> category : fromSeed.entrySet()) {
            List<String> modelled = qs1.getEvidenceItems().stream()
                .filter(e -> e.getKind() == EvidenceItemKind.EVIDENCE)
                .filter(e -> e.getCategory() != null && categoryIds.get(category.getKey()).equals(e.getCategory().getId()))
                .map(e -> normal(e.getText())).toList();
            assertEquals(category.getValue().stream().map(SampleEvidenceItemsTest::normal).toList(), modelled,
                category.getKey());
            total += modelled.size();
        }
        assertEquals(30, total);
    }

    @Test
    void assessingNeedsHasTheBestPracticeLinesAndGuidanceAsTheSeedListsThem() {
        int start = indexOf("Best practice, standards and guidance", 0);
        int guidance = indexOf("Guidance", start);
        List<String> practice = seed.subList(start + 1, guidance).stream().filter(l -> l.startsWith("- "))
            .map(l -> l.substring(2)).toList();
        List<String> documents = new ArrayList<>();
        for (int i = guidance + 1; !seed.get(i).startsWith("Theme 3"); i++) {
            if (seed.get(i).startsWith("- [")) {
                documents.add(seed.get(i).substring(3).replace("](#)", ""));
            }
        }
        assertEquals(13, practice.size());
        assertEquals(13, documents.size());
        assertEquals(normal(practice), texts(area("QS1"), EvidenceItemKind.BEST_PRACTICE));
        assertEquals(normal(documents), texts(area("QS1"), EvidenceItemKind.GUIDANCE));
    }

    @Test
    void theSafetyStatementsHaveTheirDescriptors() {
        assertEquals(normal(descriptors("**QS 1:")), texts(area("QS6"), EvidenceItemKind.DESCRIPTOR));
        assertEquals(normal(descriptors("QS 2:")), texts(area("QS7"), EvidenceItemKind.DESCRIPTOR));
        assertEquals(4, area("QS6").getEvidenceItems().size());
        assertEquals(5, area("QS7").getEvidenceItems().size());
    }

    @Test
    void everyItemIsStatedBy002AtTheLineThatHoldsItAndNotRepeatedInADescription() {
        List<EvidenceItem> all = new ArrayList<>();
        cqc.eAllContents().forEachRemaining(o -> {
            if (o instanceof EvidenceItem item) {
                all.add(item);
            }
        });
        assertEquals(65, all.size(), "the issue counts 65 items in 002");
        for (EvidenceItem item : all) {
            Provenance provenance = ProvenanceQuery.of(item);
            assertNotNull(provenance, item.getId());
            assertEquals(ProvenanceStatus.STATED, provenance.getStatus(), item.getId());
            assertEquals("002", provenance.getSource(), item.getId());
            int line = Integer.parseInt(provenance.getLocation().replaceAll(".*line (\\d+)\\)?$", "$1"));
            String words = normal(item.getText()).split(",")[0];
            assertTrue(normal(seed.get(line - 1)).contains(words), item.getId() + " is not on line " + line);
            Area area = (Area) item.eContainer();
            assertTrue(!normal(area.getDescription()).contains(words), item.getId() + " still in the description");
            assertEquals(item, cqc.eResource().getEObject(item.getId()), "ids are unique and resolve");
        }
    }

    /** The bullets after {@code heading} up to the lone "-" that closes the list (an empty bullet inside is skipped). */
    private static List<String> descriptors(String heading) {
        List<String> lines = new ArrayList<>();
        for (int i = indexOf(heading, 0) + 1; i < seed.size(); i++) {
            String line = seed.get(i).trim();
            if (line.equals("-") && !lines.isEmpty() && seed.get(i + 1).isBlank()) {
                break;
            }
            if (line.startsWith("- ")) {
                lines.add(line.substring(2));
            }
        }
        return lines;
    }

    private static int indexOf(String start, int from) {
        for (int i = from; i < seed.size(); i++) {
            if (seed.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError("002 has no line with " + start);
    }

    private static Area area(String id) {
        return (Area) cqc.eResource().getEObject(id);
    }

    private static List<String> texts(Area area, EvidenceItemKind kind) {
        return area.getEvidenceItems().stream().filter(e -> e.getKind() == kind).map(e -> normal(e.getText())).toList();
    }

    private static List<String> normal(List<String> texts) {
        return texts.stream().map(SampleEvidenceItemsTest::normal).toList();
    }

    /** Typographic apostrophes as plain ones, so the seed's and the sample's spellings compare. */
    private static String normal(String text) {
        return text == null ? "" : text.replace('\u2019', '\'').trim();
    }
}
