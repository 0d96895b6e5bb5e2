/**
 * Internal: the Framewright validation rules, one class per rule, named by its code ({@code FW_WEIGHT_01_...} is
 * rule {@code FW-WEIGHT-01}), and their catalogue {@link org.framewright.validation.internal.rules.Rules}.
 */
package org.framewright.validation.internal.rules;
