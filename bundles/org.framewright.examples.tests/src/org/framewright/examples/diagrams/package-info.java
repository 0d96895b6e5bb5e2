/** Tests of org.framewright.examples.diagrams (plain JUnit 5 inside OSGi). */
package org.framewright.examples.diagrams;
