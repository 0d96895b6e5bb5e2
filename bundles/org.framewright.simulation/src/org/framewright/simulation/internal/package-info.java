/** The simulation's primitive-array kernels, random streams and parallel runner; not API. */
package org.framewright.simulation.internal;
