/** SWTChart charts of simulation results (rating probabilities, rank intervals, sensitivity), exportable to PNG. */
package org.framewright.ui.charts;
