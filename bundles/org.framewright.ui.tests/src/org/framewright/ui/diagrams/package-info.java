/** Tests of how the workbench names a framework file's diagrams and which diagram shows an element. */
package org.framewright.ui.diagrams;
