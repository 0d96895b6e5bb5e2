/** The validation rules the example plugin contributes to {@code org.framewright.validation.rules}. */
package org.framewright.examples.rules;
