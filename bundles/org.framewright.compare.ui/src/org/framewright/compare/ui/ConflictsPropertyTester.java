package org.framewright.compare.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.core.resources.IFile;
import org.framewright.compare.merge.ConflictFile;

/**
 * The property {@code org.framewright.compare.ui.hasConflicts} of a file: true when a merge left conflicts beside it
 * ({@code <file>.conflicts}), so that Resolve Conflicts... is offered only then.
 */
public final class ConflictsPropertyTester extends PropertyTester {

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        return receiver instanceof IFile file && file.getLocation() != null
            && Files.exists(ConflictFile.of(Path.of(file.getLocation().toOSString())));
    }
}
