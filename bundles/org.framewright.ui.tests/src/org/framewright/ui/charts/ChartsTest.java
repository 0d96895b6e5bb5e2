package org.framewright.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart PNG export goes through the one atomic writer: a whole PNG of the chart's size, permissions kept. */
class ChartsTest {

    @TempDir
    Path folder;

    @Test
    void savePngReplacesAFileWholeKeepingItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path png = folder.resolve("chart.png");
        Files.writeString(png, "an older export");
        Files.setPosixFilePermissions(png, PosixFilePermissions.fromString("rw-r-----"));
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setLayout(new FillLayout());
            shell.setSize(420, 300);
            Chart chart = Charts.create(shell, "Rating probabilities");
            Charts.titles(chart, "council", "probability");
            chart.getSeriesSet().createSeries(SeriesType.BAR, "good").setYSeries(new double[] {0.2, 0.7, 0.1});
            shell.open();
            while (Display.getDefault().readAndDispatch()) {
                // let the chart lay itself out
            }

            Charts.savePng(chart, png);

            byte[] bytes = Files.readAllBytes(png);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), "a PNG file");
            ImageData image = new ImageLoader().load(png.toString())[0];
            assertEquals(chart.getBounds().width, image.width);
            assertEquals(chart.getBounds().height, image.height);
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(png)));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(1, files.count(), "no temporary file is left beside the export");
            }
        } finally {
            shell.dispose();
        }
    }

    @Test
    void savePngIntoAMissingFolderFailsAndWritesNothing() {
        Shell shell = new Shell(Display.getDefault());
        try {
            shell.setSize(200, 150);
            Chart chart = Charts.create(shell, "empty");
            chart.setSize(200, 150);
            Path missing = folder.resolve("no-such-folder").resolve("chart.png");
            IOException e = assertThrows(IOException.class, () -> Charts.savePng(chart, missing));
            assertTrue(e.getMessage().contains("no-such-folder"), e.getMessage());
            assertTrue(Files.notExists(missing.getParent()));
        } finally {
            shell.dispose();
        }
    }
}
