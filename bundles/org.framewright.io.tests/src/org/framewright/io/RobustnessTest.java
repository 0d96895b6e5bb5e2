package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framewright.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage and truncated files never escape as anything but a DataFileException or problems in the result.
 * Seeded, so a failure can be replayed.
 */
class RobustnessTest {

    @TempDir
    Path folder;

    @Test
    void randomBytes() throws Exception {
        Random random = new Random(20261123);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[1 + random.nextInt(2000)];
            random.nextBytes(bytes);
            if (i % 4 == 1) {
                bytes[0] = 'P';
                bytes[1 % bytes.length] = 'K';
            }
            readSafely(Files.write(folder.resolve("garbage" + i + (i % 3 == 0 ? ".xlsx" : ".csv")), bytes));
        }
    }

    @Test
    void randomPrintableText() throws Exception {
        Random random = new Random(7);
        String alphabet = "council,id,value,\"\n\r;\t NAc:[x]*-0123456789.eE+E09000002";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder(i % 2 == 0 ? "council,id,value\n" : "");
            for (int n = random.nextInt(400); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            readSafely(Files.writeString(folder.resolve("text" + i + ".csv"), text, StandardCharsets.UTF_8));
        }
    }

    @Test
    void truncatedRealCsv() throws Exception {
        byte[] real = Files.readAllBytes(SharedData.file("ascof/trend_data.csv"));
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            int length = i == 0 ? 1 : random.nextInt(20000);
            readSafely(Files.write(folder.resolve("cut" + i + ".csv"), Arrays.copyOf(real, length)));
        }
    }

    @Test
    void truncatedAndCorruptedWorkbooks() throws Exception {
        Path whole = folder.resolve("whole.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < 50; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r == 0 ? "council" : "E0900000" + r);
                row.createCell(1).setCellValue(r == 0 ? "id" : "1A");
                row.createCell(2).setCellValue(r == 0 ? "value" : String.valueOf(r));
            }
            workbook.write(out);
        }
        byte[] bytes = Files.readAllBytes(whole);
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            byte[] broken = i < 15 ? Arrays.copyOf(bytes, 4 + random.nextInt(bytes.length - 4)) : bytes.clone();
            if (i >= 15) {
                for (int k = 0; k < 20; k++) {
                    broken[30 + random.nextInt(broken.length - 30)] = (byte) random.nextInt();
                }
            }
            readSafely(Files.write(folder.resolve("broken" + i + ".xlsx"), broken));
        }
    }

    private static void readSafely(Path file) {
        try {
            DataImport result = CouncilDataReader.read(file, ImportOptions.none());
            assertNotNull(result.dataSet());
            for (DataProblem problem : result.errors()) {
                assertTrue(problem.line() >= 1 && problem.column() >= 1, problem::toString);
            }
        } catch (DataFileException e) {
            assertTrue(e.getMessage().startsWith(file + ":"), e::getMessage);
            assertTrue(e.getMessage().lines().count() == 1, e::getMessage);
        } catch (Exception | Error e) {
            fail(file + " escaped as " + e, e);
        }
    }
}
