/** Council performance over time and against comparator groups: monthly scorecards with RAG, benchmarking, trends. */
package org.framewright.scoring.series;
