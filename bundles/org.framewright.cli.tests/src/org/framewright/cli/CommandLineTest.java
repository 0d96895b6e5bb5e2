package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one option declaration: what it parses, what it refuses, and the usage and help made from it. */
class CommandLineTest {

    private static final CommandLine LINE = new CommandLine("MODEL",
        Option.value("data", "FILE", "the data").required(),
        Option.choice("format", List.of("table", "csv"), "the output"),
        Option.value("methods", "RULE=METHOD", "a method").repeatable(),
        Option.flag("sensitivity", "also the sensitivity"));

    @Test
    void theUsageLineIsMadeFromTheDeclarations() {
        assertEquals("MODEL --data FILE [--format table|csv] [--methods RULE=METHOD] [--sensitivity]", LINE.usage());
    }

    @Test
    void valuesFlagsAndRepeatedOptionsAreRead() throws CommandException {
        Arguments arguments = LINE.parse("cmd", List.of("m.framework", "--data=d.csv", "--methods", "a=mean",
            "--sensitivity", "--methods", "b=median", "extra"));
        assertEquals(List.of("m.framework", "extra"), arguments.positionals());
        assertEquals("d.csv", arguments.required("data"));
        assertEquals(List.of("a=mean", "b=median"), arguments.values("methods"));
        assertTrue(arguments.has("sensitivity"));
        assertEquals("table", arguments.choice("format", "table"));
        assertNull(arguments.option("format"));
    }

    @Test
    void syntaxErrorsAreUsageErrorsNamingTheCommandAndItsHelp() {
        assertUsageError("cmd: unknown option --colour (see 'framewright cmd --help')", "--colour", "red");
        assertUsageError("cmd: --data needs a value (see 'framewright cmd --help')", "--data");
        assertUsageError("cmd: --data is given twice (see 'framewright cmd --help')", "--data", "a", "--data", "b");
        assertUsageError("cmd: --sensitivity takes no value (see 'framewright cmd --help')", "--sensitivity=yes");
    }

    @Test
    void requiredOptionsAndChoicesAreCheckedWhenRead() throws CommandException {
        Arguments arguments = LINE.parse("cmd", List.of("--format", "xml"));
        CommandException missing = assertThrows(CommandException.class, () -> arguments.required("data"));
        assertEquals("cmd: --data is required (see 'framewright cmd --help')", missing.getMessage());
        CommandException wrong = assertThrows(CommandException.class, () -> arguments.choice("format", "table"));
        assertEquals("cmd: --format must be one of table, csv, not 'xml' (see 'framewright cmd --help')",
            wrong.getMessage());
        assertEquals(ExitCode.ERROR, wrong.exitCode());
    }

    @Test
    void readingAnUndeclaredOptionIsAProgrammingError() throws CommandException {
        Arguments arguments = LINE.parse("cmd", List.of());
        assertThrows(IllegalArgumentException.class, () -> arguments.option("colour"));
    }

    @Test
    void anOptionCannotBeDeclaredTwice() {
        assertThrows(IllegalArgumentException.class,
            () -> new CommandLine("", Option.flag("x", "one"), Option.value("x", "V", "two")));
    }

    @Test
    void everyCommandsUsageAndHelpListEveryOptionItDeclares() {
        for (Command command : CommandRegistry.builtIn().all()) {
            CliRun help = CliRun.of("help", command.name());
            assertEquals(ExitCode.OK, help.exitCode(), command.name());
            for (Option option : command.options()) {
                assertTrue(command.usage().contains(option.synopsis()), command.name() + " usage lacks --"
                    + option.name() + ": " + command.usage());
                assertTrue(help.out().contains(option.synopsis() + "  "), help.out());
                assertTrue(help.out().contains(option.help()), help.out());
                assertFalse(option.help().isBlank(), command.name() + " --" + option.name() + " has no help");
            }
        }
    }

    @Test
    void theCommandsWithOptionsDeclareThem() {
        for (String name : List.of("score", "normalise", "simulate", "diff", "compare", "report",
            "benchmark-simulation", "benchmark-model")) {
            Command command = CommandRegistry.builtIn().find(name).orElseThrow();
            assertFalse(command.options().isEmpty(), name);
            assertTrue(command.usage().contains("--"), name);
        }
    }

    private static void assertUsageError(String message, String... args) {
        CommandException e = assertThrows(CommandException.class, () -> LINE.parse("cmd", List.of(args)));
        assertEquals(message, e.getMessage());
        assertEquals(ExitCode.ERROR, e.exitCode());
    }
}
