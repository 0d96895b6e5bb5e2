/** The extension point {@code org.framewright.diagram.types}: the installed kinds of diagram and their registry. */
package org.framewright.diagram.types;
