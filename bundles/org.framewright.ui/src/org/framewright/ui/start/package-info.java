/** The Getting Started page: what Framewright is for and one-click first steps on the shipped samples. */
package org.framewright.ui.start;
