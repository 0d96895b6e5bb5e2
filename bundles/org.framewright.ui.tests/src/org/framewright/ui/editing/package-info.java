/** Tests of the shared model documents and of the editing actions (New Child, New Sibling, Delete). */
package org.framewright.ui.editing;
