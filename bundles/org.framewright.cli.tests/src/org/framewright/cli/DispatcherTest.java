package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The dispatcher's contract: help, version, unknown commands, exit codes and error reporting. */
class DispatcherTest {

    @ParameterizedTest
    @ValueSource(strings = { "--help", "-h", "help" })
    void helpListsEveryCommand(String option) {
        CliRun run = CliRun.of(option);
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("Usage: framewright COMMAND"), run.out());
        for (Command command : CommandRegistry.builtIn().all()) {
            assertTrue(run.out().contains("  " + command.name() + " "), command.name() + " listed in:\n" + run.out());
        }
        assertEquals("", run.err());
    }

    @Test
    void noArgumentsPrintsHelp() {
        CliRun run = CliRun.of();
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("Commands:"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = { "--version", "-V", "version" })
    void versionPrintsTheBundleVersion(String option) {
        Version v = FrameworkUtil.getBundle(Dispatcher.class).getVersion();
        CliRun run = CliRun.of(option);
        assertEquals(ExitCode.OK, run.exitCode());
        assertEquals("Framewright " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + System.lineSeparator(),
                run.out());
        assertTrue(run.out().matches("Framewright \\d+\\.\\d+\\.\\d+\\R"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void unknownCommandIsAnErrorOnStderrWithExitCode2() {
        CliRun run = CliRun.of("nosuchcommand", "x");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("framewright: error: unknown command 'nosuchcommand'"), run.err());
    }

    @Test
    void commandHelpShowsItsUsage() {
        CliRun run = CliRun.of("help", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("Usage: framewright help [COMMAND]"), run.out());
    }

    @Test
    void commandErrorsArePrintedWithoutStackTrace() {
        CliRun run = CliRun.of("version", "extra");
        assertEquals(ExitCode.ERROR, run.exitCode());
        assertEquals("framewright: error: version takes no arguments" + System.lineSeparator(), run.err());
    }

    @Test
    void unexpectedExceptionsBecomeOneErrorLineAndExitCode2() {
        Command failing = new Command() {
            @Override
            public String name() {
                return "boom";
            }

            @Override
            public String summary() {
                return "always fails";
            }

            @Override
            public int run(CommandContext context, List<String> args) {
                throw new IllegalStateException("kaputt");
            }
        };
        CliRun run = CliRun.with(new CommandRegistry(List.of(failing)), "boom");
        assertEquals(2, run.exitCode());
        assertEquals("framewright: error: internal error: kaputt (a fault in framewright; run with"
                + " -Dframewright.debug=true to see where)" + System.lineSeparator(), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void commandExceptionsCarryTheirExitCode() {
        Command negative = new Command() {
            @Override
            public String name() {
                return "check";
            }

            @Override
            public String summary() {
                return "finds a problem";
            }

            @Override
            public int run(CommandContext context, List<String> args) throws CommandException {
                throw new CommandException("1 problem found", ExitCode.FAILURE, null);
            }
        };
        CliRun run = CliRun.with(new CommandRegistry(List.of(negative)), "check");
        assertEquals(ExitCode.FAILURE, run.exitCode());
        assertEquals("framewright: error: 1 problem found" + System.lineSeparator(), run.err());
    }
}
