/** Tests of org.framewright.diagram.types (plain JUnit 5 inside OSGi, no display). */
package org.framewright.diagram.types;
