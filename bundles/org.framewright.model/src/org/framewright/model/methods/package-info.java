/**
 * The scoring methods installed in the product, read from the {@code org.framewright.scoring.methods} extension
 * point: what a model's method ids refer to, with their names, descriptions and declared parameters.
 */
package org.framewright.model.methods;
