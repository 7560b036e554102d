package org.radsim.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A run being recorded as an animated GIF: after every tick {@code feed} brings the recording's own charts up to
 * date, and every {@code every} ticks {@code frame} draws a picture that is appended to the file. A recording
 * draws with views and charts of its own, fed on the model thread, so it never touches what the Swing thread is
 * drawing.
 */
final class GifRecording {

    private final AnimatedGif gif;
    private final int every;
    private final long first;
    private final LongConsumer feed;
    private final Supplier<BufferedImage> frame;

    /** Starts at tick {@code first} with a frame; {@code every} ≥ 1. */
    GifRecording(Path file, int every, int delayMillis, long first, LongConsumer feed, Supplier<BufferedImage> frame)
            throws IOException {
        if (every < 1) {
            throw new IllegalArgumentException("a recording needs a frame every 1 or more ticks, got " + every);
        }
        this.every = every;
        this.first = first;
        this.feed = feed;
        this.frame = frame;
        this.gif = new AnimatedGif(file, delayMillis);
        gif.add(frame.get());
    }

    /** After tick {@code tick}: feeds the charts and, every {@code every} ticks, adds a frame. */
    void afterTick(long tick) throws IOException {
        feed.accept(tick);
        if ((tick - first) % every == 0) {
            gif.add(frame.get());
        }
    }

    /** Frames written so far. */
    int frames() {
        return gif.frames();
    }

    /** Ends the animation; returns the number of frames. */
    int close() throws IOException {
        int n = gif.frames();
        gif.close();
        return n;
    }
}
