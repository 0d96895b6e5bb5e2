package org.framewright.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.framewright.model.FrameworkPackage;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

class ModelDocumentsTest {

    @Test
    void acquireSharesOneDocumentAndCommandStackUntilTheLastRelease() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        ModelDocument first = ModelDocuments.acquire(file);
        ModelDocument second = ModelDocuments.acquire(file);
        assertSame(first, second);
        assertSame(first.commandStack(), second.commandStack());
        assertEquals(2, first.holders());
        assertEquals("ascof-2023-24", first.framework().getId());

        String oldName = first.framework().getName();
        second.commandStack().execute(SetCommand.create(second.domain(), second.framework(),
            FrameworkPackage.Literals.MODEL_ELEMENT__NAME, "Renamed through the second holder"));
        assertTrue(first.isDirty(), "a command of one holder makes the shared document dirty");
        first.commandStack().undo();
        assertEquals(oldName, second.framework().getName());
        assertFalse(second.isDirty());

        first.release();
        assertSame(first, ModelDocuments.peek(file));
        second.release();
        assertNull(ModelDocuments.peek(file), "the last release unloads the document");
        assertThrows(IllegalStateException.class, first::release);

        ModelDocument reopened = ModelDocuments.acquire(file);
        try {
            assertNotSame(first, reopened);
            assertEquals(oldName, reopened.framework().getName());
        } finally {
            reopened.release();
        }
    }

    @Test
    void aFileChangedByOthersMakesItsDocumentStaleAndTheNextAcquireReadsTheNewContent() throws Exception {
        IFile file = Workbenches.freshSample("west-northamptonshire-2024.framework");
        ModelDocument document = ModelDocuments.acquire(file);
        java.util.List<ModelDocument.Change> changes = new java.util.ArrayList<>();
        document.addListener((changed, change) -> changes.add(change));
        try {
            String renamed = document.framework().getName() + " (edited elsewhere)";
            String content = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("name=\"" + document.framework().getName() + "\"", "name=\"" + renamed + "\"");
            file.setContents(new java.io.ByteArrayInputStream(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                org.eclipse.core.resources.IResource.FORCE, null);

            assertEquals(java.util.List.of(ModelDocument.Change.STALE), changes);
            assertTrue(document.isStale());
            assertNull(ModelDocuments.peek(file), "a stale document is no longer handed out");
            ModelDocument fresh = ModelDocuments.acquire(file);
            try {
                assertEquals(renamed, fresh.framework().getName());
            } finally {
                fresh.release();
            }
        } finally {
            document.release();
        }
    }
}
