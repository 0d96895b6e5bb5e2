/** Tests of org.framewright.diagram.server.logicmodel (plain JUnit 5 inside OSGi, no display). */
package org.framewright.diagram.server.logicmodel;
