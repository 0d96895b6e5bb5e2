/** The framework form editor and its pages (overview, structure, indicators, schemes, descriptors). */
package org.framewright.ui.editor;
