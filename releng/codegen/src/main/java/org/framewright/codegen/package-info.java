/**
 * Headless EMF code generation for Framewright's metamodel: {@link org.framewright.codegen.ModelCodeGenerator}
 * turns a reconciled {@code .genmodel} into the model and edit bundles' {@code src-gen/} code.
 */
package org.framewright.codegen;
