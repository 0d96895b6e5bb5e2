/** Scoring methods from the composite-indicator literature, contributed to {@code org.framewright.scoring.methods}. */
package org.framewright.methods;
