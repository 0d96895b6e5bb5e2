package org.framewright.model.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.model.Provenance;
import org.framewright.model.ProvenanceStatus;
import org.framewright.model.SourceDocument;

/**
 * The provenance questions about a framework (issue 19): every record in model order, the record of an element or
 * of one of its attributes, the source documents a record may name, and which elements each source gave.
 */
public final class ProvenanceQuery {

    /**
     * The seed documents of the product (../shared/seeds/README.md), by id, that a record may name without
     * registering them: 000 CSCI 2006, 001 ADASS Revising ASCOF, 002 CQC methodology, 003 West Northamptonshire,
     * 004 Central Bedfordshire.
     */
    public static final Map<String, String> SEED_DOCUMENTS = seeds();

    private final Framework framework;

    /** Asks about {@code framework}. */
    public ProvenanceQuery(Framework framework) {
        this.framework = framework;
    }

    /** One record with the element it belongs to. */
    public record Entry(ModelElement element, Provenance provenance) {
        /** The attribute the record is about, or the empty string for the whole element. */
        public String attribute() {
            String attribute = provenance.getAttribute();
            return attribute == null ? "" : attribute;
        }
    }

    /** Every provenance record of the framework's elements, in model order (containment, depth first). */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        collect(framework, entries);
        for (TreeIterator<EObject> it = framework.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof ModelElement element) {
                collect(element, entries);
            } else if (next instanceof Provenance) {
                it.prune();
            }
        }
        return entries;
    }

    /** The records whose status is {@code status}, in model order. */
    public List<Entry> entries(ProvenanceStatus status) {
        return entries().stream().filter(e -> e.provenance().getStatus() == status).toList();
    }

    /** How many records have each status, every status listed (zero when none). */
    public Map<ProvenanceStatus, Integer> countByStatus() {
        Map<ProvenanceStatus, Integer> counts = new LinkedHashMap<>();
        for (ProvenanceStatus status : ProvenanceStatus.VALUES) {
            counts.put(status, 0);
        }
        for (Entry entry : entries()) {
            counts.merge(entry.provenance().getStatus(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The source documents the framework's records may name, id to title: the seeds, then the framework's own
     * registered documents (a registered id replaces a seed's title).
     */
    public Map<String, String> knownSources() {
        Map<String, String> sources = new LinkedHashMap<>(SEED_DOCUMENTS);
        for (SourceDocument document : framework.getSourceDocuments()) {
            if (document.getId() != null) {
                sources.put(document.getId(), document.getName() == null ? document.getId() : document.getName());
            }
        }
        return sources;
    }

    /** Whether the framework has a document with this id (a seed or a registered one). */
    public boolean isKnownSource(String id) {
        return id != null && knownSources().containsKey(id);
    }

    /**
     * The elements each named source gave, in the order the sources are first named, each element once (an element
     * is listed under a source when the element's record or one of its attributes' records names it).
     */
    public Map<String, Set<ModelElement>> elementsBySource() {
        Map<String, Set<ModelElement>> bySource = new LinkedHashMap<>();
        for (Entry entry : entries()) {
            String source = entry.provenance().getSource();
            if (source != null && !source.isBlank()) {
                bySource.computeIfAbsent(source, s -> new LinkedHashSet<>()).add(entry.element());
            }
        }
        return bySource;
    }

    /** The record about {@code element} as a whole, or {@code null}. */
    public static Provenance of(ModelElement element) {
        return of(element, null);
    }

    /** The record about {@code attribute} of {@code element} ({@code null}: the whole element), or {@code null}. */
    public static Provenance of(ModelElement element, String attribute) {
        for (Provenance provenance : element.getProvenance()) {
            String about = provenance.getAttribute();
            if (attribute == null ? about == null || about.isEmpty() : attribute.equals(about)) {
                return provenance;
            }
        }
        return null;
    }

    /**
     * The records of {@code element} (about it or one of its attributes) whose status is inferred or invented: the
     * facts the workbench and the diagrams mark; in the element's order, empty when it has none.
     */
    public static List<Provenance> unstatedReadings(ModelElement element) {
        return element.getProvenance().stream().filter(p -> p.getStatus() == ProvenanceStatus.INFERRED
            || p.getStatus() == ProvenanceStatus.INVENTED).toList();
    }

    /**
     * One line for a marked record, e.g. {@code inferred polarity: 001 states no polarity ...}: status, the attribute
     * (none for the element itself) and the reason.
     */
    public static String describe(Provenance provenance) {
        String attribute = provenance.getAttribute() == null || provenance.getAttribute().isEmpty() ? ""
            : " " + provenance.getAttribute();
        String reason = provenance.getReason() == null || provenance.getReason().isBlank() ? "(no reason given)"
            : provenance.getReason();
        return provenance.getStatus().getLiteral() + attribute + ": " + reason;
    }

    private static void collect(ModelElement element, List<Entry> entries) {
        for (Provenance provenance : element.getProvenance()) {
            entries.add(new Entry(element, provenance));
        }
    }

    private static Map<String, String> seeds() {
        Map<String, String> seeds = new LinkedHashMap<>();
        seeds.put("000", "CSCI, A New Outcomes Framework for Performance Assessment of Adult Social Care, 2006-07");
        seeds.put("001", "ADASS / IPC, Revising ASCOF, Part Two recommendations, March 2020");
        seeds.put("002", "CQC, local authority assessment methodology, June 2022");
        seeds.put("003", "West Northamptonshire Council, Adult Social Care performance scrutiny board, January 2024");
        seeds.put("004", "Central Bedfordshire, chapter on performance and ASCOF, April 2025");
        return java.util.Collections.unmodifiableMap(seeds);
    }
}
