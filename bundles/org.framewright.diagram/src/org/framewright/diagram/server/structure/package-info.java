/** The framework structure diagram: areas, statements and indicators as a tree, classifications as a layer, drill-down. */
package org.framewright.diagram.server.structure;
