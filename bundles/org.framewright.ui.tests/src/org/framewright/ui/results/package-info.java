/** Tests of the results views: scoring league table and breakdown. */
package org.framewright.ui.results;
