/** The Audit view: the statistical audit of a framework's scheme on council data, as tables and a heatmap. */
package org.framewright.ui.audit;
