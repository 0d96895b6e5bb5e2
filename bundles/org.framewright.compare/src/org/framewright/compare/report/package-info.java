/** The self-contained HTML report of a framework and its scored councils, for working groups. */
package org.framewright.compare.report;
