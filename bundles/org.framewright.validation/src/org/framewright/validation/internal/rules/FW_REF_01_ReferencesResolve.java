package org.framewright.validation.internal.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-REF-01: every reference resolves: a reference into another file (e.g. {@code basedOn}) names a file that exists
 * and an element with that id in it. Replaces EMF's own proxy check, whose message names neither. Fix: correct the
 * file name or id, or restore the file.
 */
public final class FW_REF_01_ReferencesResolve extends ReferenceRule {

    /** The rule's code. */
    public static final String CODE = "FW-REF-01";

    /** The rule. */
    public FW_REF_01_ReferencesResolve() {
        super(CODE, Severity.ERROR);
    }

    @Override
    protected void check(EObject element, EReference reference, EObject target, Consumer<ModelDiagnostic> sink) {
        if (!target.eIsProxy()) {
            return;
        }
        URI uri = ((InternalEObject) target).eProxyURI();
        URI base = element.eResource() == null ? null : element.eResource().getURI();
        String shown = base == null ? uri.toString() : uri.deresolve(base).toString();
        report(sink, element, reference, reference.getName() + " refers to '" + shown + "', which cannot be resolved: "
            + reason(uri));
    }

    private static String reason(URI uri) {
        URI file = uri.trimFragment();
        if (file.isFile() && !Files.exists(Path.of(file.toFileString()))) {
            return "the file " + file.lastSegment() + " does not exist";
        }
        return "no element with id '" + uri.fragment() + "' could be loaded from " + file.lastSegment();
    }
}
