/**
 * Plugins installed from update sites (issue 14): {@code install}, {@code uninstall} and {@code plugins} run the p2
 * director on the product that {@code ./framewright} runs.
 */
package org.framewright.cli.plugins;
