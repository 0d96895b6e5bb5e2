/** Tests of the architecture's rules over all bundles' MANIFESTs, Java imports and READMEs. */
package org.framewright.architecture.tests;
