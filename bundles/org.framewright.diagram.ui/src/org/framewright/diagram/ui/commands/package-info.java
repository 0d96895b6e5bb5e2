/**
 * Workbench commands of the diagrams: Open Diagram and its menus (reaching them), rename in place, zoom, layers and
 * filters (working on them).
 */
package org.framewright.diagram.ui.commands;
