/**
 * The headless {@code framewright} command line: the Equinox application, the subcommand dispatcher and the
 * {@link org.framewright.cli.Command} contract that every subcommand implements.
 */
package org.framewright.cli;
