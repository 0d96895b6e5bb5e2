/** Server-side export of a laid-out diagram to SVG and PNG. */
package org.framewright.diagram.server.export;
