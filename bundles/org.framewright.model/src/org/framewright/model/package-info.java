/**
 * The framework metamodel's interfaces (generated into {@code src-gen} from {@code model/framework.ecore}): a
 * framework's structure, logic models, indicators, scoring schemes, scenarios and council data.
 */
package org.framewright.model;
