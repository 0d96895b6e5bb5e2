/** How the comparison is computed and written: element index, feature flattening, lineage rules, writers. */
package org.framewright.compare.internal;
