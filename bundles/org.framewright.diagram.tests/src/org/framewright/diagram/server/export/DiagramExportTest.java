package org.framewright.diagram.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.eclipse.glsp.graph.GEdge;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.io.svg.Svg;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SVG and PNG export of a laid-out logic model, also through the client's export action. */
class DiagramExportTest {

    @TempDir
    Path folder;

    @Test
    void svgShowsEveryBoxLinkAndLaneAndPngHasTheDiagramsProportions() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample("adass-2020-option-two.framework", folder, "CA1-LM")) {
            LogicModel logicModel = (LogicModel) diagram.state().semanticElement("CA1-LM").orElseThrow();
            String svg = new String(DiagramExport.SVG.render(diagram.graph()), StandardCharsets.UTF_8);
            assertTrue(svg.startsWith("<?xml") && svg.trim().endsWith("</svg>"));
            for (LogicElement element : logicModel.getElements()) {
                String firstWord = element.getName().split(" ")[0].replace("&", "&amp;");
                assertTrue(svg.contains(">" + firstWord), "the SVG shows " + element.getId());
            }
            // every link drawn along its orthogonal route, as the client draws it
            assertEquals(logicModel.getLinks().size(), count(svg, "<polyline "));
            for (GEdge edge : diagram.graph().getChildren().stream().filter(GEdge.class::isInstance)
                    .map(GEdge.class::cast).toList()) {
                String points = edge.getRoutingPoints().stream()
                        .map(p -> Svg.number(p.getX()) + "," + Svg.number(p.getY()))
                        .collect(Collectors.joining(" "));
                assertTrue(edge.getRoutingPoints().size() >= 2 && svg.contains("<polyline points=\"" + points + "\""),
                        edge.getId() + " is drawn along its route " + points);
            }
            assertTrue(svg.contains(">Assumption/Purpose</text>") && svg.contains(">Impact</text>"));

            BufferedImage png = ImageIO.read(new ByteArrayInputStream(DiagramExport.PNG.render(diagram.graph())));
            double svgWidth = Double.parseDouble(svg.replaceFirst("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
            assertEquals(2 * svgWidth, png.getWidth(), 2.0, "PNG at twice the diagram's size");

            // for people to look at: target/exports/
            Path exports = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target", "exports"));
            DiagramExport.SVG.write(diagram.graph(), exports.resolve("CA1-LM.svg"));
            DiagramExport.PNG.write(diagram.graph(), exports.resolve("CA1-LM.png"));

            Path file = folder.resolve("ca1.svg");
            diagram.dispatch(new ExportDiagramAction(DiagramExport.SVG, file.toString()));
            assertEquals(svg, Files.readString(file));
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
