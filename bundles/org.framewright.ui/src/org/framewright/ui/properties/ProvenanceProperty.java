package org.framewright.ui.properties;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.framewright.model.Provenance;

/**
 * The Properties view row of one provenance record of the selected element (issue 19): named after the attribute it
 * is about ("Provenance of polarity"; "Provenance" for the element itself), its value a one-line summary (status,
 * source and location); the record's fields (status, source, location, quote, reason) are nested below it and
 * editable there.
 */
final class ProvenanceProperty extends PropertyDescriptor {

    /** The category of these rows. */
    static final String CATEGORY = "Provenance";

    ProvenanceProperty(Provenance record) {
        super(record, record.getAttribute() == null || record.getAttribute().isEmpty() ? "Provenance"
            : "Provenance of " + record.getAttribute());
        setCategory(CATEGORY);
        setDescription("Where this fact comes from; expand the row to read or edit the record.");
        setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return value instanceof Provenance p ? summary(p) : "";
            }
        });
    }

    /** "inferred, 001 table 5.1": status, then source and location when given. */
    static String summary(Provenance record) {
        StringBuilder text = new StringBuilder(record.getStatus().getLiteral());
        if (record.getSource() != null && !record.getSource().isEmpty()) {
            text.append(", ").append(record.getSource());
            if (record.getLocation() != null && !record.getLocation().isEmpty()) {
                text.append(' ').append(record.getLocation());
            }
        }
        return text.toString();
    }
}
