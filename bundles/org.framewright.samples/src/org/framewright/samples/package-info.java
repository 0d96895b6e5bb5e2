/**
 * Locates the sample frameworks and council data sets shipped with Framewright.
 */
package org.framewright.samples;
