package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File arguments resolve against the caller's working directory, not the JVM's. */
class CommandContextTest {

    @Test
    void relativeFileArgumentsResolveAgainstTheWorkingDirectory(@TempDir Path cwd) throws CommandException {
        CommandContext context = new CommandContext(new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), cwd, "0.1.0", CommandRegistry.builtIn());
        assertEquals(cwd.resolve("data/council.csv"), context.resolve("data/council.csv"));
        assertEquals(cwd.resolve("x.csv"), context.resolve("sub/../x.csv"));
        assertEquals(Path.of("/tmp/abs.csv"), context.resolve("/tmp/abs.csv"));
    }
}
