/** What diagrams a framework file has and how the workbench opens one (through the Open Diagram command). */
package org.framewright.ui.diagrams;
