package org.framewright.ui.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkStatus;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

class NewFrameworksTest {

    @Test
    void aFrameworkBasedOnASampleCopiesItAndRefersToIt() throws Exception {
        IFile sample = Workbenches.freshSample("ascof-2023-24.framework");
        IFile target = sample.getParent().getFile(new org.eclipse.core.runtime.Path("ascof-draft-" + System.nanoTime()
            + ".framework"));
        NewFrameworks.create(target, "ascof-draft", "ASCOF draft", sample);

        Path file = target.getLocation().toFile().toPath();
        Framework created = FrameworkFiles.loadFramework(file);
        Framework original = FrameworkFiles.loadFramework(sample.getLocation().toFile().toPath());
        assertEquals("ascof-draft", created.getId());
        assertEquals(FrameworkStatus.DRAFT, created.getStatus());
        assertEquals(original.getIndicators().size(), created.getIndicators().size());
        assertEquals("ascof-2023-24", created.getBasedOn().getId(), "basedOn resolves to the sample");
        assertTrue(Files.readString(file).contains("href=\"ascof-2023-24.framework#ascof-2023-24\""),
            "basedOn is stored relative to the new file");
        assertThrows(CoreException.class, () -> NewFrameworks.create(target, "again", "Again", null),
            "an existing file is never overwritten");
    }

    @Test
    void aFrameworkFromScratchIsAnEmptyDraft() throws Exception {
        IFile sample = Workbenches.freshSample("csci-2006.framework");
        IFile target = sample.getParent().getFile(new org.eclipse.core.runtime.Path("scratch-" + System.nanoTime()
            + ".framework"));
        NewFrameworks.create(target, "scratch", "From scratch", null);
        Framework created = FrameworkFiles.loadFramework(target.getLocation().toFile().toPath());
        assertEquals("From scratch", created.getName());
        assertNull(created.getBasedOn());
        assertTrue(created.getIndicators().isEmpty() && created.getAreas().isEmpty());
    }
}
