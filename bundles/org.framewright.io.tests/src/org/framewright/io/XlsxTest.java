package org.framewright.io;

import static org.framewright.io.TestFiles.assertProblem;
import static org.framewright.io.TestFiles.observations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook written with POI is read back: the first sheet, numbers as stored, rows as line numbers. */
class XlsxTest {

    @TempDir
    Path folder;

    @Test
    void theFirstSheetIsReadWithRowNumbersAsLines() throws Exception {
        Path file = folder.resolve("councils.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            row(sheet, 0, "value", "council", "council_name", "id", "period", "group", "category");
            row(sheet, 1, 18.7, "E09000002", "Barking and Dagenham", "1A", "2023-24", "", "");
            // row 3 left empty on purpose: it is skipped, and later rows keep their sheet row numbers
            row(sheet, 3, "NA", "E09000003", "Barnet", "1A", "2023-24", "", "");
            row(sheet, 4, 3.0, "E09000003", "Barnet", 7.6, "2023-24", "OP", "people");
            row(sheet, 5, "high", "E09000003", "Barnet", "1B", "2023-24", "", "");
            workbook.createSheet("notes").createRow(0).createCell(0).setCellValue("ignored");
            workbook.write(out);
        }

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(DataFormat.XLSX, result.format());
        assertEquals(List.of(
            "E09000002|Barking and Dagenham|2023-24|1A|null|null|18.7",
            "E09000003|Barnet|2023-24|1A|null|null|missing:NA",
            "E09000003|Barnet|2023-24|7.6|OP|people|3.0"), observations(result));
        assertEquals(List.of(2L, 4L, 5L),
            result.dataSet().getObservations().stream().map(o -> o.getSourceLine()).toList());
        assertProblem(result.missingValues().get(0), file, 4, 1, "value", "cell A4", "marker 'NA'");
        assertProblem(TestFiles.onlyError(result), file, 6, 1, "value", "cell A6, column 'value'",
            "'high' is not a number");
    }

    @Test
    void anUnknownColumnIsNamedByItsLetter() throws Exception {
        Path file = folder.resolve("bad.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            row(sheet, 0, "council", "id", "value", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "", "", "", "", "", "", "remarks");
            row(sheet, 1, "E1", "1A", 2.0);
            workbook.write(out);
        }

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertProblem(TestFiles.onlyError(result), file, 1, 28, "remarks", "cell AB1", "expected one of council");
        assertEquals(1, result.dataSet().getObservations().size());
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Double number) {
                row.createCell(i).setCellValue(number);
            } else if (!"".equals(cells[i])) {
                row.createCell(i).setCellValue((String) cells[i]);
            }
        }
    }
}
