package org.framewright.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a {@link ModelDiagnostic} is; printed as its name ({@code ERROR}, {@code WARNING}, {@code INFO}). */
public enum Severity {

    /** The framework cannot be scored as modelled (or breaks the metamodel's rules). */
    ERROR(Diagnostic.ERROR),

    /** The framework can be scored, but probably not as its designer meant. */
    WARNING(Diagnostic.WARNING),

    /** Worth knowing; nothing is wrong. */
    INFO(Diagnostic.INFO);

    private final int emfSeverity;

    Severity(int emfSeverity) {
        this.emfSeverity = emfSeverity;
    }

    /** The matching {@link Diagnostic} severity constant. */
    public int toEmf() {
        return emfSeverity;
    }

    /** The severity of an EMF diagnostic severity constant ({@code CANCEL} counts as an error). */
    public static Severity fromEmf(int severity) {
        if (severity >= Diagnostic.ERROR) {
            return ERROR;
        }
        return severity == Diagnostic.WARNING ? WARNING : INFO;
    }
}
