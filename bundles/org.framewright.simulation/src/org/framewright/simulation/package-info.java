/** Simulation of scoring schemes: scenarios, Monte Carlo uncertainty of ranks and ratings, and sensitivity. */
package org.framewright.simulation;
