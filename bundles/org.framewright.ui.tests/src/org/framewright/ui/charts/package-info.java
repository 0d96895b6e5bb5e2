/** Tests of the chart helpers: PNG export through the one atomic writer. */
package org.framewright.ui.charts;
