/** Share Diagram...: the live workshop session of an open diagram (links, interface, names, End Session). */
package org.framewright.diagram.ui.share;
