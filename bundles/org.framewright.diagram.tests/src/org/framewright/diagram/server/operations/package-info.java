/** Tests of the diagram operations shared by both diagrams (rename by label edit, on the structure diagram). */
package org.framewright.diagram.server.operations;
