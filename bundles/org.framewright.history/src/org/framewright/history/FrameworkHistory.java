package org.framewright.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.framewright.compare.FrameworkComparison;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/**
 * The Git history of one framework file, read with JGit (no Git installation needed): the commits that touched it,
 * newest first, each with what it did to the model (the semantic diff against its first parent, summarised), and the
 * framework as it was at any of them.
 */
public final class FrameworkHistory implements AutoCloseable {

    private final Path file;
    private final Repository repository;
    private final String path;

    private FrameworkHistory(Path file, Repository repository, String path) {
        this.file = file;
        this.repository = repository;
        this.path = path;
    }

    /** Opens the history of {@code file}, which must lie in a Git working tree. */
    public static FrameworkHistory of(Path file) throws HistoryException {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
            .findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new HistoryException(file + ": not in a Git working tree, so it has no history", null);
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            Path real = absolute.getParent().toRealPath().resolve(absolute.getFileName());
            String path = workTree.relativize(real).toString().replace('\\', '/');
            return new FrameworkHistory(file, repository, path);
        } catch (IOException | IllegalStateException e) {
            throw new HistoryException(file + ": its Git repository cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The commits that touched the file, newest first. */
    public List<FileRevision> revisions() throws HistoryException {
        List<FileRevision> revisions = new ArrayList<>();
        try (Git git = new Git(repository); RevWalk walk = new RevWalk(repository)) {
            for (RevCommit commit : git.log().addPath(path).call()) {
                revisions.add(revision(walk, commit));
            }
        } catch (GitAPIException | IOException e) {
            throw new HistoryException(file + ": its history cannot be read (" + e.getMessage() + ")", e);
        }
        return revisions;
    }

    private FileRevision revision(RevWalk walk, RevCommit commit) throws IOException {
        RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        return new FileRevision(commit.getName(), commit.abbreviate(7).name(), commit.getAuthorIdent().getWhenAsInstant(),
            commit.getAuthorIdent().getName(), commit.getShortMessage(), summary(parent, commit));
    }

    /** What the commit did to the model, compared with its first parent. */
    private String summary(RevCommit parent, RevCommit commit) throws IOException {
        byte[] after = content(commit);
        byte[] before = parent == null ? null : content(parent);
        if (after == null) {
            return "file deleted";
        }
        Framework newFramework = load(after);
        if (newFramework == null) {
            return "not a readable framework at this revision";
        }
        if (before == null) {
            return "file added";
        }
        Framework oldFramework = load(before);
        return oldFramework == null ? "made readable again"
            : FrameworkComparison.compare(oldFramework, newFramework).briefSummary();
    }

    /** The framework as committed in {@code commitId}; {@code null} when the file is absent or unreadable there. */
    public Framework at(String commitId) throws HistoryException {
        try (RevWalk walk = new RevWalk(repository)) {
            byte[] content = content(walk.parseCommit(repository.resolve(commitId)));
            return content == null ? null : load(content);
        } catch (IOException | RuntimeException e) {
            throw new HistoryException(file + ": revision " + commitId + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private byte[] content(RevCommit commit) throws IOException {
        try (TreeWalk treeWalk = TreeWalk.forPath(repository, path, commit.getTree())) {
            return treeWalk == null ? null : repository.open(treeWalk.getObjectId(0)).getBytes();
        }
    }

    /** Loads a framework from bytes, resolving references relative to the working file. */
    private Framework load(byte[] content) {
        Resource resource = FrameworkFiles.newResourceSet()
            .createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
        try {
            resource.load(new ByteArrayInputStream(content), null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return resource.getErrors().isEmpty() && !resource.getContents().isEmpty()
            && resource.getContents().get(0) instanceof Framework framework ? framework : null;
    }

    @Override
    public void close() {
        repository.close();
    }
}
