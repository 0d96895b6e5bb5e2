/** The HTML report section the example plugin contributes to {@code org.framewright.report.sections}. */
package org.framewright.examples.report;
