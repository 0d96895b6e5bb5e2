package org.framewright.io;

import static org.framewright.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be read at all throws a DataFileException whose message names the file and the reason. */
class UnreadableFilesTest {

    @TempDir
    Path folder;

    @Test
    void missingFile() {
        assertUnreadable(folder.resolve("absent.csv"), "no such file");
    }

    @Test
    void folderInsteadOfAFile() {
        assertUnreadable(folder, "not a regular file");
    }

    @Test
    void emptyAndBlankFiles() {
        assertUnreadable(write(folder, "empty.csv", ""), "the file is empty");
        assertUnreadable(write(folder, "blank.csv", " \n\n \r\n"), "the file is empty");
    }

    @Test
    void binaryContent() throws Exception {
        Path file = Files.write(folder.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertUnreadable(file, "not a CSV text file (binary content");
    }

    @Test
    void oldExcelWorkbook() throws Exception {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertUnreadable(Files.write(folder.resolve("old.xls"), ole2), "Excel 97-2003 (.xls)");
    }

    @Test
    void textNamedXlsx() {
        assertUnreadable(write(folder, "data.xlsx", "council,id,value\n"), "named like an XLSX workbook but it is not one");
    }

    @Test
    void zipThatIsNoWorkbook() throws Exception {
        byte[] emptyZip = {0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertUnreadable(Files.write(folder.resolve("empty.xlsx"), emptyZip), "cannot be opened as an XLSX workbook");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = write(folder, "secret.csv", "council,id,value\n");
        assertTrue(file.toFile().setReadable(false, false));
        if (Files.isReadable(file)) {
            // root can read anything: then the file must simply be read
            assertEquals(0, CouncilDataReader.read(file, null).dataSet().getObservations().size());
        } else {
            assertUnreadable(file, "not readable");
        }
    }

    private static void assertUnreadable(Path file, String reason) {
        DataFileException e = assertThrows(DataFileException.class, () -> CouncilDataReader.read(file, null));
        assertTrue(e.getMessage().startsWith(file + ":"), e::getMessage);
        assertTrue(e.getMessage().contains(reason), e::getMessage);
        assertEquals(file, e.file());
    }
}
