/**
 * Review comments on model elements, kept beside the model in {@code <model>.framework.comments}
 * ({@link org.framewright.review.ReviewComments}): threads with author, time, text, resolved flag and replies.
 * Headless; shown by the workbench's Comments view and tree badges, and in the HTML report.
 */
package org.framewright.review;
