package org.framewright.cli.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.Dispatcher;
import org.framewright.cli.ExitCode;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/**
 * {@code framewright format FILE...}: loads each framework file and saves it again in canonical form (the
 * deterministic XMI the workbench writes), atomically. A file that is canonical already is not written at all.
 * Standard error says per file whether it was rewritten. Exit 0, or 2 when some file cannot be read or written (it is
 * left as it was; the other files are still formatted).
 */
public final class FormatCommand implements Command {

    @Override
    public String name() {
        return "format";
    }

    @Override
    public String summary() {
        return "Rewrite framework files in canonical form (atomically; canonical files are left untouched)";
    }

    @Override
    public CommandLine commandLine() {
        return FrameworkFileLoop.LINE;
    }

    /** What formatting drops silently otherwise: a DOCTYPE, and with it any entity declarations (never expanded). */
    private static String droppedDoctype(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (!text.contains("<!DOCTYPE")) {
            return "";
        }
        int entities = text.split("<!ENTITY", -1).length - 1;
        return entities == 0 ? "; its DOCTYPE was removed"
            : "; its DOCTYPE was removed with its " + entities + " entity declaration" + (entities == 1 ? "" : "s")
                + " (entities are never expanded: references to them were not read)";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException {
        return FrameworkFileLoop.forEach(context, name(), args, (argument, framework) -> {
            try {
                ByteArrayOutputStream canonical = new ByteArrayOutputStream();
                framework.eResource().save(canonical, null);
                if (Arrays.equals(canonical.toByteArray(), Files.readAllBytes(context.resolve(argument)))) {
                    context.err().println(argument + ": already canonical");
                } else {
                    String dropped = droppedDoctype(context.resolve(argument));
                    FrameworkFiles.save(framework);
                    context.err().println(argument + ": formatted" + dropped);
                }
            } catch (IOException e) {
                context.err().println(Dispatcher.ERROR_PREFIX + argument + ": cannot write: "
                    + e.getMessage());
                return ExitCode.ERROR;
            }
            return ExitCode.OK;
        });
    }
}
