/** Inline SVG markup for the HTML pages the command line and the report write (no script, no external resource). */
package org.framewright.io.svg;
