package org.framewright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@code framewright log MODEL} on a repository made with the git command. */
class LogCommandTest {

    @TempDir
    Path repo;

    @Test
    void oneLinePerCommitNewestFirstWithTheSemanticSummary() throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), repo.resolve("csci.framework"));
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "Start from CSCI 2006");
        String weight = "<weights part=\"OP\" percent=\"40.0\"/>";
        Files.writeString(model, Files.readString(model, StandardCharsets.UTF_8).replace(weight,
            weight.replace("40.0", "35.0")), StandardCharsets.UTF_8);
        git("commit", "-q", "-am", "Older people weigh 35%");

        CliRun run = CliRun.of("log", model.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).matches("[0-9a-f]{7} \\d{4}-\\d{2}-\\d{2} Ann Analyst \\| Older people weigh 35% \\| "
            + "1 weight changed"), lines.get(0));
        assertTrue(lines.get(1).endsWith("| Start from CSCI 2006 | file added"), lines.get(1));
    }

    @Test
    void aFileOutsideGitExitsTwoSayingSo() throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), repo.resolve("csci.framework"));
        CliRun run = CliRun.of("log", model.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not in a Git working tree"), run.err());
    }

    @Test
    void anUndeclaredOptionIsRefusedByTheParserBeforeAnyFileIsRead() {
        CliRun run = CliRun.of("log", "--since", "2026-01-01", "x.framework");
        assertEquals(2, run.exitCode());
        assertEquals("framewright: error: log: unknown option --since (see 'framewright log --help')", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void twoFilesAreAUsageErrorNamingTheCount() {
        CliRun run = CliRun.of("log", "a.framework", "b.framework");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("log: expected one framework file, MODEL, not 2 (see 'framewright log --help')"),
            run.err());
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Ann Analyst",
            "-c", "user.email=ann@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }
}
