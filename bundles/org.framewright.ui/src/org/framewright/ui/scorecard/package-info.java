/** The Scorecard view: a council's indicators by month against their targets, RAG-coloured, with each series' chart. */
package org.framewright.ui.scorecard;
