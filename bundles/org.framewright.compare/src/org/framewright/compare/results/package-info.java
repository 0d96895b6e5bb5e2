/** Side-by-side scoring: the same councils under two frameworks, schemes or scenarios, and why results moved. */
package org.framewright.compare.results;
