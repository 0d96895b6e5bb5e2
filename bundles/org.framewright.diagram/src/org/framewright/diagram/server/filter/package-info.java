/** Diagram filters and layers (hide indicators or assumptions, show classifications) and the action that toggles them. */
package org.framewright.diagram.server.filter;
