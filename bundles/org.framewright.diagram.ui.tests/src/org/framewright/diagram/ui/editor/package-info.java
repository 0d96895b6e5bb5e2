/** End-to-end tests of the diagram editor in the workbench (run under Xvfb). */
package org.framewright.diagram.ui.editor;
