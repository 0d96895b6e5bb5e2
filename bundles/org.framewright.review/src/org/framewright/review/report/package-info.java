/** The review comments as an optional section of the HTML report ({@code org.framewright.report.sections}). */
package org.framewright.review.report;
