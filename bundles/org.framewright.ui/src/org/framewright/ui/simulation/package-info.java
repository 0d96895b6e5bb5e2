/** The Simulation view: Monte Carlo rating probabilities, rank intervals and sensitivity of a scheme, as a job. */
package org.framewright.ui.simulation;
