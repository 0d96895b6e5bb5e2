package org.framewright.model.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.Unit;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each sample's provenance (issue 19): how many records it holds per status, every record not stated has a
 * reason and names a known source, and the records survive a save and load.
 */
class SampleProvenanceTest {

    @ParameterizedTest
    @CsvSource({
        // sample, stated, derived, inferred, invented
        "adass-2020-option-one.framework, 0, 0, 64, 0",
        "adass-2020-option-two.framework, 0, 19, 3, 11",
        "ascof-2019-20.framework, 0, 0, 0, 0",
        "ascof-2023-24.framework, 0, 1, 22, 0",
        "cqc-la-2023.framework, 65, 0, 0, 0",
        "csci-2006.framework, 0, 0, 4, 0",
        "west-northamptonshire-2024.framework, 0, 0, 0, 0"})
    void countsPerStatusAndEveryUnstatedFactHasAReason(String sample, int stated, int derived, int inferred,
            int invented) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        ProvenanceQuery query = new ProvenanceQuery(framework);

        assertEquals(Map.of(ProvenanceStatus.STATED, stated, ProvenanceStatus.DERIVED, derived,
            ProvenanceStatus.INFERRED, inferred, ProvenanceStatus.INVENTED, invented), query.countByStatus(), sample);
        for (ProvenanceQuery.Entry entry : query.entries()) {
            Provenance p = entry.provenance();
            String where = sample + " " + entry.element().getId() + " " + entry.attribute();
            if (p.getStatus() != ProvenanceStatus.STATED) {
                assertTrue(p.getReason() != null && !p.getReason().isBlank(), where + ": no reason");
            }
            // a stated fact names its source; an inferred one may have none, but a source it names is known
            if (p.getStatus() == ProvenanceStatus.STATED || p.getSource() != null) {
                assertTrue(query.isKnownSource(p.getSource()), where + ": unknown source " + p.getSource());
            }
            assertTrue(entry.attribute().isEmpty()
                || entry.element().eClass().getEStructuralFeature(entry.attribute()) != null,
                where + ": no such attribute");
        }
    }

    @ParameterizedTest
    @CsvSource({"adass-2020-option-one.framework", "ascof-2023-24.framework", "csci-2006.framework"})
    void provenanceSurvivesSaveAndLoad(String sample) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        framework.eResource().save(bytes, null);
        Resource copy = FrameworkFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("copy.framework"));
        copy.load(new java.io.ByteArrayInputStream(bytes.toByteArray()), null);
        Framework reloaded = (Framework) copy.getContents().get(0);

        assertEquals(rows(framework), rows(reloaded));
    }

    @ParameterizedTest
    @CsvSource({"adass-2020-option-one.framework, DR2", "adass-2020-option-two.framework, A01b",
        "adass-2020-option-two.framework, A01c", "adass-2020-option-two.framework, A02a"})
    void yearsAreTheUnitOfLifeExpectancyAndAge(String sample, String id) throws Exception {
        Framework framework = FrameworkFiles.loadFramework(Samples.framework(sample));
        Indicator indicator = framework.getIndicators().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        assertEquals(Unit.YEARS, indicator.getUnit());
    }

    @ParameterizedTest
    @CsvSource({"ascof-2023-24.framework"})
    void optionOnePolaritiesAndAscofComparatorsAreFlaggedInferred(String sample) throws Exception {
        Framework ascof = FrameworkFiles.loadFramework(Samples.framework(sample));
        Set<String> withComparators = ascof.getIndicators().stream().filter(i -> !i.getComparators().isEmpty())
            .map(Indicator::getId).collect(Collectors.toSet());
        assertEquals(withComparators, ascof.getIndicators().stream()
            .filter(i -> ProvenanceQuery.of(i, "comparators") != null).map(Indicator::getId).collect(Collectors.toSet()));
        assertEquals(44, ascof.getIndicators().stream().mapToInt(i -> i.getComparators().size()).sum());

        Framework optionOne = FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-one.framework"));
        List<Indicator> polarised = optionOne.getIndicators().stream()
            .filter(i -> i.getPolarity() != org.framewright.model.Polarity.UNSPECIFIED).toList();
        assertEquals(49, polarised.size());
        for (Indicator indicator : polarised) {
            assertEquals(ProvenanceStatus.INFERRED, ProvenanceQuery.of(indicator, "polarity").getStatus(), indicator.getId());
        }
    }

    @org.junit.jupiter.api.Test
    void optionTwoFragmentsReconstructionsAndInventedIdsAreProvenanceNotDescriptionText() throws Exception {
        Framework optionTwo = FrameworkFiles.loadFramework(Samples.framework("adass-2020-option-two.framework"));
        int fragments = 0;
        for (var it = optionTwo.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof org.framewright.model.ModelElement element)) {
                continue;
            }
            String description = element.getDescription() == null ? "" : element.getDescription();
            assertTrue(!description.contains("Fragment:") && !description.contains("Reconstructed from")
                && !description.contains("invented for this model") && !description.contains(" is inferred"),
                element.getId() + " still states its provenance as text: " + description);
            // an item whose wording breaks off ("…") is a fragment, and says so in a derived record about itself
            if (element.getName() != null && element.getName().contains("\u2026")
                && !(element instanceof org.framewright.model.LogicElement logic && !logic.getIndicators().isEmpty())) {
                Provenance record = ProvenanceQuery.of(element);
                assertTrue(record != null && record.getStatus() == ProvenanceStatus.DERIVED
                    && (record.getReason().startsWith("Fragment: ") || record.getReason().startsWith("Reconstructed")),
                    element.getId() + ": " + record);
                fragments++;
            }
        }
        assertTrue(fragments >= 6, "fragments found: " + fragments);
        Indicator eight = optionTwo.getIndicators().stream().filter(i -> "8".equals(i.getId())).findFirst().orElseThrow();
        assertEquals(ProvenanceStatus.INFERRED, ProvenanceQuery.of(eight, "id").getStatus());
        assertEquals(11, new ProvenanceQuery(optionTwo).entries(ProvenanceStatus.INVENTED).stream()
            .filter(e -> e.attribute().equals("id")).count(), "ids the model invented");
    }

    private static List<String> rows(Framework framework) {
        return new ProvenanceQuery(framework).entries().stream().map(e -> e.element().getId() + "|" + e.attribute()
            + "|" + e.provenance().getStatus() + "|" + e.provenance().getSource() + "|" + e.provenance().getLocation()
            + "|" + e.provenance().getQuote() + "|" + e.provenance().getReason()).toList();
    }

}
