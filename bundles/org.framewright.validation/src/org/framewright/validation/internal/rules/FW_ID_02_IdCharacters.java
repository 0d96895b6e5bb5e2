package org.framewright.validation.internal.rules;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.ModelElement;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-ID-02: ids contain only letters, digits, '.', '_' and '-', so that they survive as XMI references (which are
 * separated by spaces) and as data-file columns. Fix: replace the other characters, e.g. spaces by '-'.
 */
public final class FW_ID_02_IdCharacters extends Rule<ModelElement> {

    /** The rule's code. */
    public static final String CODE = "FW-ID-02";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]+");

    /** The rule. */
    public FW_ID_02_IdCharacters() {
        super(CODE, Severity.ERROR, ModelElement.class);
    }

    @Override
    protected void check(ModelElement element, Consumer<ModelDiagnostic> sink) {
        String id = element.getId();
        if (id != null && !id.isBlank() && !VALID.matcher(id).matches()) {
            report(sink, element, FrameworkPackage.Literals.MODEL_ELEMENT__ID,
                "the id may contain only letters, digits, '.', '_' and '-'");
        }
    }
}
