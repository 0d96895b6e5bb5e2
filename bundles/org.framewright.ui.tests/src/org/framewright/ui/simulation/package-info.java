/** Tests of the Simulation view: results against the simulation API, cancellation, charts and screenshots. */
package org.framewright.ui.simulation;
