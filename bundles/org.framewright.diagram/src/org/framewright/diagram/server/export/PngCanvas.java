package org.framewright.diagram.server.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws on a raster image with Java2D (works headless). */
final class PngCanvas implements DiagramCanvas {

    private final BufferedImage image;
    private final Graphics2D g;

    /** An image showing diagram area {@code bounds} {minX, minY, maxX, maxY} plus {@code margin}, at {@code scale}. */
    PngCanvas(double[] bounds, double margin, double scale) {
        int width = (int) Math.ceil((bounds[2] - bounds[0] + 2 * margin) * scale);
        int height = (int) Math.ceil((bounds[3] - bounds[1] + 2 * margin) * scale);
        image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
        g.translate(margin - bounds[0], margin - bounds[1]);
    }

    BufferedImage image() {
        g.dispose();
        return image;
    }

    @Override
    public void rect(double x, double y, double width, double height, double radius, String fill, String stroke,
            double strokeWidth) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(x, y, width, height, 2 * radius, 2 * radius);
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(shape);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, boolean dashed, boolean arrow) {
        g.setColor(Color.decode(stroke));
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 4}, 0)
                : new BasicStroke(1.5f));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
        if (arrow) {
            double angle = Math.atan2(y2 - y1, x2 - x1);
            Path2D head = new Path2D.Double();
            head.moveTo(x2, y2);
            head.lineTo(x2 - 9 * Math.cos(angle - 0.4), y2 - 9 * Math.sin(angle - 0.4));
            head.lineTo(x2 - 9 * Math.cos(angle + 0.4), y2 - 9 * Math.sin(angle + 0.4));
            head.closePath();
            g.fill(head);
        }
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, String fill) {
        g.setColor(Color.decode(fill));
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size)));
        g.drawString(text, (float) x, (float) y);
    }
}
