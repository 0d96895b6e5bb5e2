package org.framewright.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framewright's own reader is found through {@code org.framewright.io.formats}, asked last, and reads by content. */
class CouncilDataFormatsTest {

    @Test
    void theBuiltinReaderIsContributedThroughTheExtensionPointWithTheLowestPriority() {
        List<CouncilDataFormats.Reader> readers = CouncilDataFormats.installed();
        CouncilDataFormats.Reader last = readers.get(readers.size() - 1);
        assertEquals("org.framewright.io.tables", last.id(), readers.toString());
        assertEquals(0, last.priority());
        assertTrue(last.anyFile() && last.asksAbout("values.txt"), "it is asked about every file");
        assertEquals(List.of("csv", "xlsx"), last.extensions(), "the extensions file dialogs offer");
        assertTrue(readers.stream().allMatch(r -> r.priority() >= 0), readers.toString());
    }

    @Test
    void theImportDialogsFiltersComeFromTheReaders() {
        List<CouncilDataFormats.FileFilter> filters = CouncilDataFormats.fileFilters();
        assertEquals(new CouncilDataFormats.FileFilter("Council data (*.csv, *.xlsx)", "*.csv;*.xlsx"), filters.get(0));
        assertTrue(filters.contains(new CouncilDataFormats.FileFilter(
            "Framewright native CSV, NHS England ASCOF open-data CSV or XLSX (*.csv, *.xlsx)", "*.csv;*.xlsx")),
            filters.toString());
        assertEquals(new CouncilDataFormats.FileFilter("All files (*.*)", "*.*"), filters.get(filters.size() - 1));
    }

    @Test
    void aNativeFileIsReadByTheBuiltinReaderAndSaysSo(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("councils.csv"),
            "council,council_name,period,id,value\nE06000001,Hartlepool,2023-24,1A,0.42\n");
        assertEquals("org.framewright.io.tables", CouncilDataFormats.readerFor(file).id());
        DataImport read = CouncilDataReader.read(file, null);
        assertFalse(read.hasErrors(), read.errors().toString());
        assertEquals(DataFormat.NATIVE_CSV, read.format());
        assertEquals("Framewright native CSV", read.formatName());
        assertEquals(0.42, read.dataSet().getObservations().get(0).getValue());
    }

    @Test
    void aMissingFileStillGetsTheBuiltinReadersMessage(@TempDir Path folder) {
        Path file = folder.resolve("absent.csv");
        DataFileException refused = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
            () -> CouncilDataReader.read(file, null));
        assertTrue(refused.getMessage().contains("absent.csv"), refused.getMessage());
    }

    @Test
    void councilValuesChecksAndPlacesEachValueAsTheBuiltinFormatsDo(@TempDir Path folder) {
        Path file = folder.resolve("wide.txt");
        CouncilValues values = new CouncilValues(file, "Test layout", ImportOptions.forPeriod("2023-24"));
        CouncilValues.Cell council = new CouncilValues.Cell("E06000001", 1, "ons");
        values.value(2, council, "Hartlepool", "", new CouncilValues.Cell("1A", 3, "1A"),
            new CouncilValues.Cell("0.5", 3, "1A"));
        values.value(2, council, "Hartlepool", "", new CouncilValues.Cell("1B", 4, "1B"),
            new CouncilValues.Cell("lots", 4, "1B"));
        DataImport read = values.finish();
        assertEquals(DataFormat.CONTRIBUTED, read.format());
        assertEquals("Test layout", read.formatName());
        assertEquals(1, read.dataSet().getObservations().size());
        assertEquals("2023-24", read.dataSet().getObservations().get(0).getPeriod());
        assertEquals(1, read.errors().size(), read.errors().toString());
        DataProblem error = read.errors().get(0);
        assertEquals(2, error.line());
        assertEquals(4, error.column());
        assertTrue(error.toString().contains("1B") && error.toString().contains("lots"), error.toString());
    }
}
