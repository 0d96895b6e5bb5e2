/** Diagram documents backed by the workbench shared model documents (org.framewright.ui.editing). */
package org.framewright.diagram.ui.documents;
