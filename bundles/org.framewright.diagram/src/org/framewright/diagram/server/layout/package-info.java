/** Diagram positions: the layout file beside the model, ELK automatic layout, and the undoable position command. */
package org.framewright.diagram.server.layout;
