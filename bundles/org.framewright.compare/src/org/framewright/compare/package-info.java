/** Semantic comparison of two frameworks by stable ids and declared lineage, and its table, JSON and HTML forms. */
package org.framewright.compare;
