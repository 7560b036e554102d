package org.radsim.analysis.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.radsim.core.output.AtomicFile;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a chart, or a grid of charts (small multiples), as {@code <name>.png} and {@code <name>.svg}. The PNG is
 * drawn at twice the nominal size ("retina") so that it stays sharp when the report scales it.
 */
public final class ChartFiles {

    private static final int PNG_SCALE = 2;

    private ChartFiles() {
    }

    /** Writes {@code chart} as {@code dir/name.png} and {@code dir/name.svg}; returns the PNG path. */
    public static Path save(JFreeChart chart, Path dir, String name, int width, int height) {
        return saveGrid(List.of(chart), 1, dir, name, width, height);
    }

    /**
     * Draws {@code charts} row by row, {@code columns} per row, each {@code cellWidth × cellHeight}, into one PNG
     * and one SVG; returns the PNG path.
     */
    public static Path saveGrid(List<JFreeChart> charts, int columns, Path dir, String name, int cellWidth,
                                int cellHeight) {
        int rows = (charts.size() + columns - 1) / columns;
        int width = cellWidth * Math.min(columns, charts.size());
        int height = cellHeight * rows;
        try {
            Files.createDirectories(dir);
            BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            draw(charts, columns, cellWidth, cellHeight, width, height, g);
            g.dispose();
            Path png = dir.resolve(name + ".png");
            writePng(image, png);

            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            draw(charts, columns, cellWidth, cellHeight, width, height, svg);
            Path svgFile = dir.resolve(name + ".svg");
            Path tmp = dir.resolve(name + ".svg" + AtomicFile.TMP);
            SVGUtils.writeToSVG(tmp.toFile(), svg.getSVGElement());
            Files.move(tmp, svgFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PNG with a middle deflate level: the default (maximum) level takes several times longer for ~10 % less. */
    private static void writePng(BufferedImage image, Path file) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam p = w.getDefaultWriteParam();
        if (p.canWriteCompressed()) {
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.5f);
        }
        // written beside the target and renamed, so that a chart is never cut short
        Path tmp = file.resolveSibling(file.getFileName() + AtomicFile.TMP);
        Files.deleteIfExists(tmp);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(image, null, null), p);
        } finally {
            w.dispose();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void draw(List<JFreeChart> charts, int columns, int cw, int ch, int width, int height,
                             Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < charts.size(); i++) {
            int x = (i % columns) * cw;
            int y = (i / columns) * ch;
            charts.get(i).draw(g, new Rectangle2D.Double(x, y, cw, ch));
        }
    }
}
