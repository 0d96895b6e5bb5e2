/** Validation results of the model shown as decorations on the diagram nodes of offending elements. */
package org.framewright.diagram.server.validation;
