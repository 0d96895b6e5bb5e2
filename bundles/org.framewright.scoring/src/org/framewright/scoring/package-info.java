/** The headless scoring engine: scores councils' data under a framework's scoring scheme, node by node, with every input explained. */
package org.framewright.scoring;
