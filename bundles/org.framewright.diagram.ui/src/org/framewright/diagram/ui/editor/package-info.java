/** The diagram editor part: SWT Browser with the GLSP web client, shared document, selection, drill-down, export. */
package org.framewright.diagram.ui.editor;
