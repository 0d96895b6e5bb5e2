package org.framewright.diagram.server.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.edit.command.SetCommand;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without a workbench, two diagrams of one file share one document (one command stack); an edit makes it dirty,
 * saving writes the model and clears that, and after the last release the file is read afresh.
 */
class StandaloneDocumentProviderTest {

    @TempDir
    Path folder;

    @Test
    void twoDiagramsOfOneFileShareOneDocumentUntilItIsReleased() throws Exception {
        Path file = Files.copy(Samples.framework("csci-2006.framework"), folder.resolve("csci.framework"));
        StandaloneDocumentProvider provider = new StandaloneDocumentProvider();

        DiagramDocument first = provider.acquire(file);
        DiagramDocument second = provider.acquire(folder.resolve("sub/../csci.framework"));
        assertSame(first, second, "the same file, however it is written, is one document");
        assertSame(first.commandStack(), second.commandStack());
        assertFalse(first.isDirty());

        first.commandStack().execute(SetCommand.create(first.editingDomain(), first.framework(),
            FrameworkPackage.Literals.MODEL_ELEMENT__NAME, "CSCI 2006, as the working group revised it"));
        assertTrue(second.isDirty(), "an edit in one diagram is pending in the other");

        first.save();
        assertFalse(first.isDirty());
        assertEquals("CSCI 2006, as the working group revised it", FrameworkFiles.loadFramework(file).getName());

        provider.release(first);
        DiagramDocument reopened = provider.acquire(file);
        assertNotSame(first, reopened, "after release the file is read again");
        assertEquals("CSCI 2006, as the working group revised it", reopened.framework().getName());
    }
}
