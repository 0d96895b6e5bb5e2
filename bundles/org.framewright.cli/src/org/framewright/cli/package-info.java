/**
 * The headless {@code framewright} command line: the Equinox application, the subcommand dispatcher, the
 * {@link org.framewright.cli.Command} contract that every subcommand implements, and the one declaration of a
 * command's options ({@link org.framewright.cli.CommandLine}) that its parsing, usage and help are made from.
 */
package org.framewright.cli;
