/** Validation diagnostics as problem markers on {@code .framework} files. */
package org.framewright.ui.markers;
