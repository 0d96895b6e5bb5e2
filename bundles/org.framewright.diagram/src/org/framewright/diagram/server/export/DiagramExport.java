package org.framewright.diagram.server.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.eclipse.glsp.graph.GGraph;
import org.framewright.model.resource.AtomicFiles;

/**
 * Exports a laid-out diagram (the session's current GModel) as SVG or PNG, rendered on the server so that it works
 * without a browser (e.g. in batch or from the command line).
 */
public enum DiagramExport {
    /** Scalable vector graphics. */
    SVG("svg"),
    /** A raster image at twice the diagram's size. */
    PNG("png");

    private static final double MARGIN = 20;
    private static final double PNG_SCALE = 2;

    private final String extension;

    DiagramExport(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The bytes of the exported diagram. */
    public byte[] render(GGraph graph) {
        double[] bounds = DiagramPainter.bounds(graph);
        if (this == SVG) {
            SvgCanvas canvas = new SvgCanvas();
            DiagramPainter.paint(graph, canvas);
            return canvas.document(bounds, MARGIN).getBytes(StandardCharsets.UTF_8);
        }
        PngCanvas canvas = new PngCanvas(bounds, MARGIN, PNG_SCALE);
        DiagramPainter.paint(graph, canvas);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(canvas.image(), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the exported diagram to {@code file} (through {@link AtomicFiles}: never a partial file). */
    public void write(GGraph graph, Path file) throws IOException {
        AtomicFiles.write(file, render(graph));
    }
}
