package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@code framewright merge BASE OURS THEIRS [-o OUT]} (exit 0 clean, 1 conflicts, 2 unreadable), and
 * the command as Git's merge driver in a real {@code git merge}.
 */
class MergeCommandTest {

    private static final String OP_WEIGHT = "<weights part=\"OP\" percent=\"40.0\"/>";
    private static final String CAR_WEIGHT = "<weights part=\"CAR\" percent=\"15.0\"/>";

    @TempDir
    Path folder;

    private Path csci(String name, String from, String to) throws IOException {
        String text = Files.readString(Samples.framework("csci-2006.framework"), StandardCharsets.UTF_8);
        assertTrue(from.isEmpty() || text.contains(from), from);
        Path file = folder.resolve(name);
        Files.writeString(file, from.isEmpty() ? text : text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void changesToDifferentWeightsMergeCleanlyIntoOut() throws IOException {
        Path base = csci("base.framework", "", "");
        Path ours = csci("ours.framework", OP_WEIGHT, OP_WEIGHT.replace("40.0", "45.0"));
        Path theirs = csci("theirs.framework", CAR_WEIGHT, CAR_WEIGHT.replace("15.0", "10.0"));
        Path out = folder.resolve("merged.framework");

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString(), "-o", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        String merged = Files.readString(out);
        assertTrue(merged.contains(OP_WEIGHT.replace("40.0", "45.0")), merged);
        assertTrue(merged.contains(CAR_WEIGHT.replace("15.0", "10.0")), merged);
        assertFalse(Files.exists(folder.resolve("merged.framework.conflicts")));
        assertFalse(Files.exists(folder.resolve("merged.framework.theirs")));
        assertEquals(0, CliRun.of("format", out.toString()).exitCode(), "the merged file is loadable");
        assertTrue(CliRun.of("format", out.toString()).err().contains("already canonical"));
    }

    @Test
    void aConflictKeepsOursListsItBesideTheResultAndExitsOne() throws IOException {
        Path base = csci("base.framework", "", "");
        Path ours = csci("ours.framework", OP_WEIGHT, OP_WEIGHT.replace("40.0", "45.0"));
        Path theirs = csci("theirs.framework", OP_WEIGHT, OP_WEIGHT.replace("40.0", "35.0"));

        CliRun run = CliRun.of("merge", base.toString(), ours.toString(), theirs.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("weights[OP].percent: base '40', ours '45', theirs '35'"), run.err());
        assertTrue(Files.readString(ours).contains(OP_WEIGHT.replace("40.0", "45.0")), "OURS' value is kept");
        List<String> conflicts = Files.readAllLines(folder.resolve("ours.framework.conflicts"));
        assertEquals(Files.readString(theirs).replace("\r", ""), Files.readString(folder.resolve("ours.framework.theirs"))
            .replace("\r", ""), "THEIRS' model is kept beside the conflicts for the Merge editor");
        assertEquals("element,path,feature,base,ours,theirs,reason", conflicts.get(0));
        assertEquals("agg-outcomes,(framework)/csci-2006/agg-outcomes,weights[OP].percent,40,45,35,"
            + "changed differently on both sides", conflicts.get(1).replaceFirst("\\(framework\\)/[^/,]*/",
                "(framework)/csci-2006/"));
    }

    @Test
    void anUnreadableInputExitsTwoNamingIt() throws IOException {
        Path base = csci("base.framework", "", "");
        Path broken = folder.resolve("theirs.framework");
        Files.writeString(broken, "<fw:Framework");

        CliRun run = CliRun.of("merge", base.toString(), base.toString(), broken.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("theirs.framework"), run.err());
        assertEquals(2, CliRun.of("merge", base.toString(), base.toString()).exitCode());
    }

    @Test
    void layoutFilesMergeByNode() throws IOException {
        String base = "{\"version\":1,\"diagrams\":{\"structure\":{\"A\":{\"x\":1.0,\"y\":1.0},\"B\":{\"x\":2.0,\"y\":2.0}}}}";
        Path baseFile = Files.writeString(folder.resolve("base.layout"), base);
        Path ours = Files.writeString(folder.resolve("ours.layout"), base.replace("\"x\":1.0", "\"x\":5.0"));
        Path theirs = Files.writeString(folder.resolve("theirs.layout"), base.replace("\"x\":2.0", "\"x\":7.0"));

        CliRun run = CliRun.of("merge", baseFile.toString(), ours.toString(), theirs.toString());

        assertEquals(0, run.exitCode(), run.err());
        String merged = Files.readString(ours).replaceAll("\\s", "");
        assertTrue(merged.contains("\"A\":{\"x\":5.0"), merged);
        assertTrue(merged.contains("\"B\":{\"x\":7.0"), merged);
    }

    /**
     * A real {@code git merge} of two branches that changed different weights of one rule: Git's own line merge
     * would conflict (the lines are adjacent); with the driver configured as the README says
     * ({@code framewright merge %O %A %B -o %A --path %P}), the merge commits cleanly and the message names the
     * file, not Git's temporary one.
     */
    @Test
    void asGitsMergeDriverItMergesWhatGitsLineMergeCannot() throws Exception {
        Path repo = Files.createDirectories(folder.resolve("repo"));
        Path model = repo.resolve("csci.framework");

        GitMerge merge = gitMerge(repo, CAR_WEIGHT, CAR_WEIGHT.replace("15.0", "10.0"), OP_WEIGHT,
            OP_WEIGHT.replace("40.0", "45.0"));

        assertEquals(0, merge.driver.exitCode(), merge.driver.err());
        assertEquals("merged cleanly into csci.framework", merge.driver.err().strip());
        assertEquals(0, merge.exitCode, merge.output);
        String merged = Files.readString(model);
        assertTrue(merged.contains(OP_WEIGHT.replace("40.0", "45.0")), merged);
        assertTrue(merged.contains(CAR_WEIGHT.replace("15.0", "10.0")), merged);
        assertEquals("", git(repo, "status", "--porcelain"), "the merge was committed");
    }

    /**
     * The same driver on a real conflict (both branches change the older people's weight): {@code git merge} stops,
     * the file keeps OURS' weight, and the conflicts and THEIRS' model lie beside the file in the working tree (not
     * beside Git's temporary file), named by the file's path in every message.
     */
    @Test
    void asGitsMergeDriverAConflictIsListedBesideTheFileByItsPath() throws Exception {
        Path repo = Files.createDirectories(folder.resolve("repo"));
        Path model = repo.resolve("csci.framework");

        GitMerge merge = gitMerge(repo, OP_WEIGHT, OP_WEIGHT.replace("40.0", "35.0"), OP_WEIGHT,
            OP_WEIGHT.replace("40.0", "45.0"));

        assertEquals(1, merge.driver.exitCode(), merge.driver.err());
        assertTrue(merge.driver.err().contains("csci.framework: conflict (framework)/star-rating/agg-outcomes"
            + " weights[OP].percent: base '40', ours '45', theirs '35' (changed differently on both sides)\n"),
            merge.driver.err());
        assertTrue(merge.driver.err().contains("framewright: error: 1 conflict; csci.framework keeps OURS' value for each; they are listed"
            + " in csci.framework.conflicts"), merge.driver.err());
        assertFalse(merge.driver.err().contains(".merge_file"), merge.driver.err());
        assertTrue(merge.exitCode != 0, "git merge stops on the conflict: " + merge.output);
        assertTrue(Files.readString(model).contains(OP_WEIGHT.replace("40.0", "45.0")), "OURS' value is kept");
        List<String> conflicts = Files.readAllLines(repo.resolve("csci.framework.conflicts"));
        assertTrue(conflicts.get(1).contains(",weights[OP].percent,40,45,35,"), conflicts.toString());
        assertTrue(Files.readString(repo.resolve("csci.framework.theirs")).contains(OP_WEIGHT.replace("40.0", "35.0")));
        try (var files = Files.list(repo)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                .filter(name -> name.startsWith(".merge_file")).toList(), "nothing is left beside Git's temporary file");
        }
        assertTrue(git(repo, "status", "--porcelain").contains("UU csci.framework"), "the file is unmerged");
    }

    /** What a {@code git merge} with the driver did: Git's exit code and output, and the driver's run. */
    private record GitMerge(int exitCode, String output, CliRun driver) {
    }

    /**
     * Commits the CSCI sample, changes {@code theirsFrom} to {@code theirsTo} on a branch and {@code oursFrom} to
     * {@code oursTo} on main, and merges the branch with the driver configured as the README says. Git runs a driver
     * script, which hands its four arguments to this test through named pipes; the test runs the real command
     * in-process (resolving the repository-relative %P as Git's working directory would) and hands back the exit code.
     */
    private GitMerge gitMerge(Path repo, String theirsFrom, String theirsTo, String oursFrom, String oursTo)
            throws Exception {
        Path spool = Files.createDirectories(folder.resolve("spool"));
        run(spool, "mkfifo", "request", "response");
        Files.writeString(spool.resolve("driver.sh"), "#!/bin/sh\nprintf '%s\\n%s\\n%s\\n%s\\n' \"$PWD/$1\" \"$PWD/$2\" "
            + "\"$PWD/$3\" \"$4\" > '" + spool.resolve("request") + "'\nread code < '" + spool.resolve("response")
            + "'\nexit $code\n");
        Path model = repo.resolve("csci.framework");
        Files.copy(Samples.framework("csci-2006.framework"), model);
        Files.writeString(repo.resolve(".gitattributes"), "*.framework merge=framewright\n");
        git(repo, "init", "-q", "-b", "main");
        git(repo, "config", "merge.framewright.driver", "sh '" + spool.resolve("driver.sh") + "' %O %A %B %P");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "theirs");
        Files.writeString(model, Files.readString(model).replace(theirsFrom, theirsTo));
        git(repo, "commit", "-q", "-am", "theirs");
        git(repo, "checkout", "-q", "main");
        Files.writeString(model, Files.readString(model).replace(oursFrom, oursTo));
        git(repo, "commit", "-q", "-am", "ours");

        Process merge = gitProcess(repo, "merge", "-q", "--no-edit", "theirs").start();
        List<String> files;
        try (BufferedReader request = Files.newBufferedReader(spool.resolve("request"))) {
            files = List.of(request.readLine(), request.readLine(), request.readLine(), request.readLine());
        }
        assertEquals("csci.framework", files.get(3), "%P is the path in the repository");
        CliRun driver = CliRun.in(repo, "merge", files.get(0), files.get(1), files.get(2), "-o", files.get(1),
            "--path", files.get(3));
        Files.writeString(spool.resolve("response"), driver.exitCode() + "\n");
        assertTrue(merge.waitFor(60, TimeUnit.SECONDS));
        String output = new String(merge.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new GitMerge(merge.exitValue(), output, driver);
    }

    private static String git(Path repo, String... args) throws Exception {
        Process process = gitProcess(repo, args).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "git " + String.join(" ", args) + ": " + output);
        return output;
    }

    private static ProcessBuilder gitProcess(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
            "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.getParent().toString());
        return builder;
    }

    private static void run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        assertEquals(0, process.waitFor(), String.join(" ", command));
    }
}
