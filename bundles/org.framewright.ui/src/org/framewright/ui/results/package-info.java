/** Results views: scoring league tables with per-council breakdowns, exported as CSV. */
package org.framewright.ui.results;
