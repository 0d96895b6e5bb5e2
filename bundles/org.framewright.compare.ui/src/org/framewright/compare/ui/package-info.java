/** The workbench side of framework comparison: the Compare Frameworks command and the comparison view. */
package org.framewright.compare.ui;
