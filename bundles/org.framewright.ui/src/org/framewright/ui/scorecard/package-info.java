/**
 * The Scorecard view (a council's indicators by month against their targets, RAG-coloured, with each series' chart)
 * and the Benchmark view (a council against its comparator group).
 */
package org.framewright.ui.scorecard;
