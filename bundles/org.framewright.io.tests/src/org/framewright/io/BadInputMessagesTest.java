package org.framewright.io;

import static org.framewright.io.TestFiles.assertProblem;
import static org.framewright.io.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is reported in the user's terms, at its place, and shortened (issue 10, points 4, 5 and 7): binary
 * content by line and column, a broken quote before the header as bad content (not "empty"), a workbook that
 * inflates too far without POI's advice, long values and control characters never echoed raw, an ASCOF column
 * named twice.
 */
class BadInputMessagesTest {

    @TempDir
    Path folder;

    @Test
    void binaryContentIsPlacedByLineAndColumn() throws Exception {
        Path file = Files.write(folder.resolve("mixed.csv"),
            "council,id,value\nE1,1A,3\nE2,1A,\u0001x\n".getBytes(StandardCharsets.UTF_8));

        DataFileException e = assertThrows(DataFileException.class,
            () -> CouncilDataReader.read(file, ImportOptions.none()));

        assertTrue(e.getMessage().startsWith(file + ":3:7: not a CSV text file"), e.getMessage());
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
    }

    @Test
    void aQuoteBeforeTheHeaderIsBadContentNotAnEmptyFile() throws Exception {
        Path file = write(folder, "quoted.csv", "\"council,id,value\nE1,1A,3\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        DataProblem problem = TestFiles.onlyError(result);
        assertEquals(1, problem.line(), problem::toString);
        assertTrue(problem.message().startsWith("no header row could be read"), problem::toString);
        assertFalse(problem.message().contains("empty"), problem::toString);
    }

    @Test
    void aWorkbookThatInflatesFarBeyondItsSizeIsRefusedInPlainWords() throws Exception {
        Path file = folder.resolve("bomb.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("data");
            for (int row = 0; row < 300; row++) {
                sheet.createRow(row).createCell(0).setCellValue(row + "a".repeat(30_000));
            }
            workbook.write(out);
        }

        DataFileException e = assertThrows(DataFileException.class,
            () -> CouncilDataReader.read(file, ImportOptions.none()));

        assertTrue(e.getMessage().contains("expands to far more data than its size suggests"), e.getMessage());
        assertFalse(e.getMessage().contains("bugzilla") || e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void longValuesAreShortenedAndNewlinesEscaped() throws Exception {
        String huge = "9".repeat(5000) + "x";
        Path file = write(folder, "long.csv", "council,council_name,id,value\n"
            + "E1,First,1A,3\n"
            + "E1,\"Other\nname\",1B," + huge + "\n"
            + "E1,\"Other\nname\",1C,4\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        DataProblem problem = TestFiles.onlyError(result);
        assertTrue(problem.message().contains("... (5001 characters)"), problem::toString);
        assertTrue(problem.message().length() < 400, problem::toString);
        DataProblem otherName = result.warnings().get(0);
        assertTrue(otherName.message().contains("'Other\\nname'"), otherName::toString);
    }

    @Test
    void terminalEscapeSequencesAfterTheSniffedStartAreNeverEchoedRaw() throws Exception {
        StringBuilder text = new StringBuilder("council,council_name,id,value\n");
        for (int i = 0; text.length() < 70_000; i++) {
            text.append("E1,First,id-").append(i).append(",3\n");
        }
        text.append("E1,QS1\u001b[2J\u001b]0;pwned\u0007,last,4\n");
        Path file = write(folder, "hostile.csv", text.toString());

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(1, result.warnings().size(), () -> result.errors() + " " + result.warnings());
        DataProblem otherName = result.warnings().get(0);
        assertTrue(otherName.message().contains("QS1\\u001b[2J\\u001b]0;pwned\\u0007"), otherName::toString);
        assertFalse(otherName.toString().chars().anyMatch(c -> c < 0x20), otherName::toString);
    }

    @Test
    void filesAboveTheSizeLimitsAreRefusedUpFrontNamingTheFile() throws Exception {
        Path csv = sparse("huge.csv", CouncilDataReader.MAX_FILE_BYTES + 1, "council,id,value\n");
        Path xlsx = sparse("huge.xlsx", CouncilDataReader.MAX_WORKBOOK_BYTES + 1, "PK\u0003\u0004");

        DataFileException text = assertThrows(DataFileException.class,
            () -> CouncilDataReader.read(csv, ImportOptions.none()));
        DataFileException workbook = assertThrows(DataFileException.class,
            () -> CouncilDataReader.read(xlsx, ImportOptions.none()));

        assertTrue(text.getMessage().startsWith(csv + ": the file is 256 MB, more than the largest data file read"),
            text.getMessage());
        assertTrue(workbook.getMessage().startsWith(xlsx + ": the file is 32 MB, more than the largest XLSX"),
            workbook.getMessage());
    }

    /** A file of {@code size} bytes starting with {@code start}, the rest a hole (no disk space used). */
    private Path sparse(String name, long size, String start) throws Exception {
        Path file = Files.writeString(folder.resolve(name), start, StandardCharsets.ISO_8859_1);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), size - 1);
        }
        return file;
    }

    @Test
    void anAscofColumnNamedTwiceIsAnError() throws Exception {
        Path file = write(folder, "twice.csv", "Year,ONS Code,Measure Group,Measure_Value,Geographical Level,Measure_Value\n"
            + "2023-24,E1,1A,3,Council,4\n");

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertProblem(TestFiles.onlyError(result), file, 1, 6, "Measure_Value", "appears twice (first in column 4)");
    }
}
