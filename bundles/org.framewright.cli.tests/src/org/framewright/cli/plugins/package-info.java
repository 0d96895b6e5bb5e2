/** Tests of the product installation that {@code install}, {@code uninstall} and {@code plugins} act on. */
package org.framewright.cli.plugins;
