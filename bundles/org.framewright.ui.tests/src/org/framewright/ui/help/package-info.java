/** Tests of Help > Contents: the user guide in the workbench. */
package org.framewright.ui.help;
