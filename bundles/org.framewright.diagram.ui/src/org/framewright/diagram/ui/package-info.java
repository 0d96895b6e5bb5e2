/** The diagram editors in the workbench: start-up of the in-process GLSP server. */
package org.framewright.diagram.ui;
