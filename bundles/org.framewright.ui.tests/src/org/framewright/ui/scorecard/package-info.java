/** Tests of the Scorecard view, driven as a person drives it. */
package org.framewright.ui.scorecard;
