/**
 * Review comments in the workbench: Add Comment... on any model element, the Comments view (filter, reply,
 * resolve, reveal) and the explorer's comment badges, over {@code org.framewright.review}.
 */
package org.framewright.ui.review;
