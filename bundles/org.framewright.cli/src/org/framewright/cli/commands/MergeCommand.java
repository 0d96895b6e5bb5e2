package org.framewright.cli.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framewright.cli.Arguments;
import org.framewright.cli.Command;
import org.framewright.cli.CommandContext;
import org.framewright.cli.CommandException;
import org.framewright.cli.CommandLine;
import org.framewright.cli.ExitCode;
import org.framewright.cli.Option;
import org.framewright.compare.merge.ConflictFile;
import org.framewright.compare.merge.FrameworkMerge;
import org.framewright.compare.merge.JsonMerge;
import org.framewright.compare.merge.MergeConflict;
import org.framewright.compare.merge.MergeResult;
import org.framewright.model.Framework;
import org.framewright.model.resource.AtomicFiles;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * {@code framewright merge BASE OURS THEIRS [-o OUT] [--path PATH]}: three-way merge by element id and feature (see
 * {@link FrameworkMerge}), written canonically to OUT (OURS when not given). Exit 0 on a clean merge that validates
 * (no conflict file is left); 1 when there are conflicts (OUT keeps OURS' value for each, and {@code OUT.conflicts}
 * lists them) or the merged framework has validation errors; 2 when an input cannot be read. Layout side files
 * (JSON) are merged too: positions take OURS unless only THEIRS moved a node. Usable as a Git merge driver:
 * {@code framewright merge %O %A %B -o %A --path %P} ({@code --path}: the file's path in the repository, named in
 * messages instead of Git's temporary file, with the conflict file and THEIRS' model beside it).
 */
public final class MergeCommand implements Command {

    private static final CommandLine LINE = new CommandLine("BASE OURS THEIRS",
        Option.value("out", "OUT", "write the merge to OUT (default OURS)").shortName("o"),
        Option.value("path", "PATH", "the file's path in the repository (Git's %P): named in messages and conflict"
            + " lines, and PATH.conflicts and PATH.theirs are written beside it instead of beside OUT"));

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "Three-way merge of framework (or layout) files by element id; conflicts listed in OUT.conflicts";
    }

    @Override
    public CommandLine commandLine() {
        return LINE;
    }

    @Override
    public int run(CommandContext context, List<String> args) throws CommandException, IOException {
        Arguments parsed = LINE.parse(name(), args);
        if (parsed.positionals().size() != 3) {
            throw new CommandException("merge: expected three files, BASE OURS THEIRS; usage: framewright merge "
                + usage());
        }
        List<String> files = parsed.positionals();
        Path out = context.resolve(parsed.option("out", files.get(1)));
        String path = parsed.option("path", null);
        Path sideOf = path == null ? out : context.resolve(path);
        String shown = path == null ? out.toString() : path;
        String oursText = readable(context, files.get(1));
        if (JsonMerge.looksLikeJson(oursText)) {
            return mergeLayouts(context, files, oursText, out, path == null ? out.toString() : path);
        }
        Framework base = ModelFiles.require(context, files.get(0));
        Framework ours = ModelFiles.require(context, files.get(1));
        Framework theirs = ModelFiles.require(context, files.get(2));
        MergeResult result = FrameworkMerge.merge(base, ours, theirs);
        FrameworkFiles.saveAs(result.merged(), out);
        ConflictFile.write(sideOf, result.conflicts(), theirs);
        if (!result.clean()) {
            for (MergeConflict conflict : result.conflicts()) {
                context.err().println((path == null ? "" : path + ": ") + "conflict " + conflict.path() + " " + conflict.feature() + ": base '"
                    + conflict.base() + "', ours '" + conflict.ours() + "', theirs '" + conflict.theirs() + "' ("
                    + conflict.reason() + ")");
            }
            throw new CommandException(result.conflicts().size() + " conflict" + (result.conflicts().size() == 1
                ? "" : "s") + "; " + shown + " keeps OURS' value for each; they are listed in "
                + (path == null ? ConflictFile.of(out).toString() : path + ConflictFile.SUFFIX),
                ExitCode.FAILURE, null);
        }
        List<ModelDiagnostic> diagnostics = FrameworkValidation.validate(result.merged());
        if (FrameworkValidation.hasErrors(diagnostics)) {
            List<ModelDiagnostic> errors = diagnostics.stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
            ProblemLines.print(context.err(), errors, ModelDiagnostic::code);
            throw new CommandException("merged without conflicts into " + shown + ", but the result has "
                + errors.size() + " validation error" + (errors.size() == 1 ? "" : "s") + " (framewright validate "
                + shown + " lists them)", ExitCode.FAILURE, null);
        }
        context.err().println("merged cleanly into " + shown);
        return ExitCode.OK;
    }

    private static int mergeLayouts(CommandContext context, List<String> files, String oursText, Path out,
            String shown) throws CommandException, IOException {
        try {
            String merged = JsonMerge.merge(readable(context, files.get(0)), oursText, readable(context, files.get(2)));
            AtomicFiles.writeString(out, merged);
        } catch (IllegalArgumentException e) {
            throw new CommandException("merge: the layout files of " + shown + " cannot be read as JSON: "
                + e.getMessage(), ExitCode.ERROR, e);
        }
        context.err().println("merged layout into " + shown);
        return ExitCode.OK;
    }

    /** The text of a file, or exit 2 naming why it cannot be read (an absent BASE is empty, as Git passes it). */
    private static String readable(CommandContext context, String argument) throws CommandException {
        Path file = context.resolve(argument);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandException(argument + ": cannot be read (" + e.getClass().getSimpleName()
                .replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + ")", ExitCode.ERROR, e);
        }
    }
}
