/**
 * Validation of framework models: {@link org.framewright.validation.FrameworkValidation} checks a framework and
 * returns {@link org.framewright.validation.ModelDiagnostic}s, each with a stable {@code FW-<AREA>-<NN>} code.
 */
package org.framewright.validation;
