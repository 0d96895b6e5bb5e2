package org.framewright.validation.internal;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/** Turns the diagnostics of a {@link FrameworkDiagnostician} run into {@link ModelDiagnostic}s. */
public final class DiagnosticConverter {

    /** The code of EMF diagnostics that come from elsewhere than {@link EObjectValidator}. */
    public static final String OTHER_EMF_CODE = "FW-EMF-00";

    private DiagnosticConverter() {
    }

    /**
     * Adds {@code diagnostic} (and its children) to {@code out}: a rule's own {@link ModelDiagnostic} as it is, an
     * EMF diagnostic as {@code FW-EMF-<NN>} on the element it names (else on {@code root}).
     */
    public static void collect(Diagnostic diagnostic, EObject root, List<ModelDiagnostic> out) {
        ModelDiagnostic own = first(diagnostic.getData(), ModelDiagnostic.class);
        if (own != null) {
            out.add(own);
        } else if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getMessage() != null
                && (diagnostic.getChildren().isEmpty() || first(diagnostic.getData(), EObject.class) != null)) {
            out.add(fromEmf(diagnostic, root));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, root, out);
        }
    }

    private static ModelDiagnostic fromEmf(Diagnostic diagnostic, EObject root) {
        EObject element = first(diagnostic.getData(), EObject.class);
        if (element == null || element instanceof EStructuralFeature) {
            element = root;
        }
        String code = EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                ? emfCode(diagnostic.getCode()) : OTHER_EMF_CODE;
        return new ModelDiagnostic(Severity.fromEmf(diagnostic.getSeverity()), code, element,
                first(diagnostic.getData(), EStructuralFeature.class), ElementNames.path(element),
                diagnostic.getMessage());
    }

    /**
     * The Framewright code of an {@link EObjectValidator} check: FW-EMF-01 unique ids, -02 multiplicities, -03
     * references to objects in no resource, -04 unpaired opposite references, -05 duplicate keys or map entries,
     * -06 data values (and any other check of EObjectValidator).
     */
    static String emfCode(int code) {
        return switch (code) {
            case EObjectValidator.EOBJECT__UNIQUE_ID -> "FW-EMF-01";
            case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> "FW-EMF-02";
            case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> "FW-EMF-03";
            case EObjectValidator.EOBJECT__EVERY_BIDIRECTIONAL_REFERENCE_IS_PAIRED -> "FW-EMF-04";
            case EObjectValidator.EOBJECT__EVERY_KEY_UNIQUE, EObjectValidator.EOBJECT__EVERY_MAP_ENTRY_UNIQUE -> "FW-EMF-05";
            default -> "FW-EMF-06";
        };
    }

    private static <T> T first(List<?> data, Class<T> type) {
        for (Object item : data) {
            if (type.isInstance(item)) {
                return type.cast(item);
            }
        }
        return null;
    }
}
