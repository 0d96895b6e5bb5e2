/** Workbench commands of the diagram editors: rename in place, zoom, layers and filters. */
package org.framewright.diagram.ui.commands;
