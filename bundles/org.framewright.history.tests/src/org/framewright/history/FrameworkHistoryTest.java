package org.framewright.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.framewright.model.Framework;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of a framework file in a temporary Git repository made with JGit. */
class FrameworkHistoryTest {

    private static final String OP = "<weights part=\"OP\" percent=\"40.0\"/>";
    private static final String CAR = "<weights part=\"CAR\" percent=\"15.0\"/>";

    @TempDir
    Path repo;

    @Test
    void listsTheCommitsThatTouchedTheFileNewestFirstWithWhatEachDidToTheModel() throws Exception {
        Path model = repo.resolve("models/csci.framework");
        Files.createDirectories(model.getParent());
        Files.copy(Samples.framework("csci-2006.framework"), model);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            commit(git, "Start from the CSCI 2006 scheme", "Ann Analyst");
            Files.writeString(repo.resolve("notes.txt"), "not a model");
            commit(git, "Meeting notes", "Ann Analyst");
            String text = Files.readString(model, StandardCharsets.UTF_8);
            text = text.replace(OP, OP.replace("40.0", "30.0")).replace(CAR, CAR.replace("15.0", "25.0"))
                .replace("  <areas id=\"capacity\"", "  <areas id=\"workforce\" name=\"Workforce\"/>\n  <areas id=\"capacity\"");
            Files.writeString(model, text, StandardCharsets.UTF_8);
            commit(git, "Carers weigh more; a workforce area\n\nAgreed at the working group.", "Bo Designer");
        }

        try (FrameworkHistory history = FrameworkHistory.of(model)) {
            List<FileRevision> revisions = history.revisions();

            assertEquals(2, revisions.size(), "the commit that touched only notes.txt is not listed");
            FileRevision newest = revisions.get(0);
            assertEquals("Carers weigh more; a workforce area", newest.message());
            assertEquals("Bo Designer", newest.author());
            assertEquals("+1 area, 2 weights changed", newest.summary());
            assertEquals(7, newest.shortId().length());
            assertTrue(newest.commitId().startsWith(newest.shortId()));
            assertEquals("file added", revisions.get(1).summary());
            Framework first = history.at(revisions.get(1).commitId());
            assertEquals(2, first.getAreas().size());
        }
    }

    @Test
    void aFileOutsideAnyWorkingTreeHasNoHistory() throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), repo.resolve("csci.framework"));
        HistoryException e = assertThrows(HistoryException.class, () -> FrameworkHistory.of(model));
        assertTrue(e.getMessage().contains("csci.framework: not in a Git working tree"), e.getMessage());
    }

    private static void commit(Git git, String message, String author) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent ident = new PersonIdent(author, author.toLowerCase().replace(' ', '.') + "@example.org");
        git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
    }
}
