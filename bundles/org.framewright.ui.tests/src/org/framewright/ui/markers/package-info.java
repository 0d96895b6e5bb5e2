/** Tests of validation problem markers and navigation from the Problems view. */
package org.framewright.ui.markers;
