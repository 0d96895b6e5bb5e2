/** Tests of the documents diagrams edit without a workbench: shared per file, dirty until saved, saved whole. */
package org.framewright.diagram.server.document;
