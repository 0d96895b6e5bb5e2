package org.framewright.io;

import static org.framewright.io.TestFiles.assertProblem;
import static org.framewright.io.TestFiles.observations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbook cells that are not plain values (issue 10, points 1 and 6): a formula without a calculated result, an
 * error cell, a cell of another type than its column and an unreadable stored value are each reported by sheet,
 * cell and column, and reject that cell's row only; a formula with a calculated result gives that result and one
 * warning per file. Every workbook is built here with POI.
 */
class XlsxCellsTest {

    @TempDir
    Path folder;

    @Test
    void aFormulaWithoutCalculatedResultIsAnErrorNotZero() throws Exception {
        Path file = workbook(sheet -> {
            value(sheet, 1, "E1", cell -> cell.setCellValue(5.0));
            value(sheet, 2, "E2", cell -> {
                cell.setCellFormula("B2*2");
                if (((XSSFCell) cell).getCTCell().isSetV()) {
                    ((XSSFCell) cell).getCTCell().unsetV();
                }
            });
        });

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertProblem(TestFiles.onlyError(result), file, 3, 3, "value", "sheet 'data', cell C3, column 'value'",
            "formula =B2*2", "without a calculated result");
        assertEquals(List.of("E1|E1|null|1A|null|null|5.0"), observations(result));
    }

    @Test
    void aFormulaWithItsCachedResultGivesThatResultAndOneWarning() throws Exception {
        Path file = workbook(sheet -> {
            value(sheet, 1, "E1", cell -> {
                cell.setCellFormula("2*3");
                cell.setCellValue(6.0);
            });
            value(sheet, 2, "E2", cell -> {
                cell.setCellFormula("2*4");
                cell.setCellValue(8.0);
            });
        });

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(List.of(), result.errors());
        assertEquals(List.of("E1|E1|null|1A|null|null|6.0", "E2|E2|null|1A|null|null|8.0"), observations(result));
        assertEquals(1, result.warnings().size(), result.warnings()::toString);
        assertTrue(result.warnings().get(0).message().contains("2 cells hold formulas (first C2)"),
            result.warnings()::toString);
    }

    @Test
    void errorCellsAreReportedWithTheirCode() throws Exception {
        Path file = workbook(sheet -> {
            value(sheet, 1, "E1", cell -> cell.setCellErrorValue(FormulaError.NA.getCode()));
            value(sheet, 2, "E2", cell -> {
                cell.setCellFormula("1/0");
                cell.setCellErrorValue(FormulaError.DIV0.getCode());
            });
        });

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(2, result.errors().size(), result.errors()::toString);
        assertProblem(result.errors().get(0), file, 2, 3, "value", "cell C2", "error #N/A");
        assertProblem(result.errors().get(1), file, 3, 3, "value", "cell C3", "error #DIV/0!");
        assertEquals(List.of(), result.dataSet().getObservations());
    }

    @Test
    void cellsOfAnotherTypeThanTheValueColumnAreNeverReadAsNumbers() throws Exception {
        Path file = workbook(sheet -> {
            value(sheet, 1, "E1", cell -> cell.setCellValue("42"));
            value(sheet, 2, "E2", cell -> cell.setCellValue(true));
            value(sheet, 3, "E3", cell -> cell.setCellValue("NA"));
        });

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertEquals(2, result.errors().size(), result.errors()::toString);
        assertProblem(result.errors().get(0), file, 2, 3, "value", "cell C2", "holds text ('42')");
        assertProblem(result.errors().get(1), file, 3, 3, "value", "cell C3", "TRUE/FALSE");
        assertEquals(List.of("E3|E3|null|1A|null|null|missing:NA"), observations(result));
    }

    @Test
    void anUnreadableStoredNumberRejectsThatCellOnly() throws Exception {
        Path file = workbook(sheet -> {
            value(sheet, 1, "E1", cell -> {
                cell.setCellValue(1.0);
                ((XSSFCell) cell).getCTCell().setV("-INF");
            });
            value(sheet, 2, "E2", cell -> cell.setCellValue(7.0));
        });

        DataImport result = CouncilDataReader.read(file, ImportOptions.none());

        assertProblem(TestFiles.onlyError(result), file, 2, 3, "value", "cell C2", "'-INF' cannot be read");
        assertEquals(List.of("E2|E2|null|1A|null|null|7.0"), observations(result));
    }

    /** A workbook with header council, id, value on sheet "data", rows filled by {@code rows}. */
    private Path workbook(Consumer<Sheet> rows) throws Exception {
        Path file = folder.resolve("cells.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("council");
            header.createCell(1).setCellValue("id");
            header.createCell(2).setCellValue("value");
            rows.accept(sheet);
            workbook.write(out);
        }
        return file;
    }

    /** Row {@code index}: council, id 1A, and a value cell set by {@code value}. */
    private static void value(Sheet sheet, int index, String council, Consumer<Cell> value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(council);
        row.createCell(1).setCellValue("1A");
        value.accept(row.createCell(2));
    }
}
