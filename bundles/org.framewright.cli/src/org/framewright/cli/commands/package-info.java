/** The built-in subcommands of the {@code framewright} command line, one class per subcommand. */
package org.framewright.cli.commands;
