/** Tests of the shared model documents. */
package org.framewright.ui.editing;
