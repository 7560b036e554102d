package org.radsim.app.gui;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer (no library): each frame carries a
 * Graphic Control Extension with the delay, the first the application extension {@code NETSCAPE2.0} that makes
 * viewers loop. Frames go to the file as they come, so a long recording holds one frame in memory; the file is
 * written under a temporary name and renamed on {@link #close}, so a half-written animation never has the name.
 */
final class AnimatedGif implements Closeable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path target;
    private final Path partial;
    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCentiseconds;
    private int frames;

    /** Starts an animation at {@code target} showing each frame for {@code delayMillis} (rounded to 10 ms). */
    AnimatedGif(Path target, int delayMillis) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.delayCentiseconds = Math.max(1, Math.round(delayMillis / 10f));
        this.writer = ImageIO.getImageWritersByFormatName("gif").next();
        Files.deleteIfExists(partial);
        this.out = ImageIO.createImageOutputStream(partial.toFile());
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** Appends a frame (any image type; the writer reduces it to a 256-colour palette). */
    void add(BufferedImage frame) throws IOException {
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(frame, 0, 0, null);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        configure(meta, frames == 0);
        writer.writeToSequence(new IIOImage(rgb, null, meta), param);
        frames++;
    }

    /** Frames written so far. */
    int frames() {
        return frames;
    }

    private void configure(IIOMetadata meta, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // sub-block 1, loop count 0 (little-endian): repeat for ever
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
        }
        meta.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int k = 0; k < root.getLength(); k++) {
            if (root.item(k).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(k);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /** Ends the animation and gives it its name. */
    @Override
    public void close() throws IOException {
        if (frames == 0) {
            out.close();
            writer.dispose();
            Files.deleteIfExists(partial);
            throw new IOException("no frames were recorded; " + target + " not written");
        }
        try {
            writer.endWriteSequence();
        } finally {
            out.close();
            writer.dispose();
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
