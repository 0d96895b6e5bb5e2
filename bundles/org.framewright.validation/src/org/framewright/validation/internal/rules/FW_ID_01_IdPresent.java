package org.framewright.validation.internal.rules;

import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.ModelElement;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-ID-01: every model element has an id: references inside the file, data files and other frameworks use it.
 * Fix: give the element a short readable id. (Duplicate ids are EMF's own check, FW-EMF-01.)
 */
public final class FW_ID_01_IdPresent extends Rule<ModelElement> {

    /** The rule's code. */
    public static final String CODE = "FW-ID-01";

    /** The rule. */
    public FW_ID_01_IdPresent() {
        super(CODE, Severity.ERROR, ModelElement.class);
    }

    @Override
    protected void check(ModelElement element, Consumer<ModelDiagnostic> sink) {
        if (element.getId() == null || element.getId().isBlank()) {
            report(sink, element, FrameworkPackage.Literals.MODEL_ELEMENT__ID, "has no id");
        }
    }
}
