/** Tests of the framework form editor: opening, editing, undo/redo, save and reopen. */
package org.framewright.ui.editor;
