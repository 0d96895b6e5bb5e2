/** A diagram type contributed to org.framewright.diagram.types: the indicator lineage diagram. */
package org.framewright.examples.diagrams;
