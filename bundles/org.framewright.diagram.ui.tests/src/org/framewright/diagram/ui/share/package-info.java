/** Journeys of Share Diagram... (the live workshop session of an open diagram). */
package org.framewright.diagram.ui.share;
