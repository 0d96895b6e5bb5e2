/** Tests of the validation decorations and their cache. */
package org.framewright.diagram.server.validation;
