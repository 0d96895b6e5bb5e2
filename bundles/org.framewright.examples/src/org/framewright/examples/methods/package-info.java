/** The scoring methods the example plugin contributes to {@code org.framewright.scoring.methods}. */
package org.framewright.examples.methods;
