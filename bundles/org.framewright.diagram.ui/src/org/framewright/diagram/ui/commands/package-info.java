/** Workbench commands that reach the diagram editors: Open Diagram and its menus. */
package org.framewright.diagram.ui.commands;
