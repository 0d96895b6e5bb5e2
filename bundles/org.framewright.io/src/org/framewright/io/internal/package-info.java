/**
 * The machinery behind {@code CouncilDataReader}: file sniffing, table sources, column layouts and checks.
 */
package org.framewright.io.internal;
