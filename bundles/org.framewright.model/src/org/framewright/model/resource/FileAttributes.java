package org.framewright.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/** Carries a file's permissions, owner and group over to the file that replaces it. */
final class FileAttributes {

    private FileAttributes() {
    }

    /**
     * Gives {@code replacement} the permissions of {@code original} and, where the user may, its owner and group.
     * Nothing happens when {@code original} does not exist or the file system has no POSIX attributes.
     */
    static void copy(Path original, Path replacement) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(replacement, PosixFileAttributeView.class,
            LinkOption.NOFOLLOW_LINKS);
        if (from == null || to == null || !Files.exists(original)) {
            return;
        }
        PosixFileAttributes attributes = from.readAttributes();
        to.setPermissions(attributes.permissions());
        try {
            to.setGroup(attributes.group());
            to.setOwner(attributes.owner());
        } catch (IOException | UnsupportedOperationException e) {
            // only root may give a file away (and a group the user is not in): keep the writer's, as cp would
        }
    }
}
