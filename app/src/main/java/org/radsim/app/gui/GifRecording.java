package org.radsim.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A comparison being recorded as an animated GIF: every {@code every} ticks a {@link SideBySideImage} of both
 * sides and the charts is appended to the file. It draws with views and charts of its own, fed on the model
 * thread after each tick, so recording never touches what the Swing thread is drawing. The charts start with the
 * rows the live charts already hold, so a recording begun mid-run still shows the run from tick 0.
 */
final class GifRecording {

    private final AnimatedGif gif;
    private final int every;
    private final int width;
    private final ModelView a;
    private final ModelView b;
    private final String nameA;
    private final String nameB;
    private final CompareCharts charts;
    private final long first;

    GifRecording(Path file, int every, int width, int delayMillis, ModelView a, ModelView b, String nameA,
            String nameB, CompareCharts charts, List<double[]> rowsA, List<double[]> rowsB, long ticks, long tick)
            throws IOException {
        if (every < 1 || width < 100) {
            throw new IllegalArgumentException("a recording needs every >= 1 and width >= 100, got " + every + ", "
                    + width);
        }
        this.every = every;
        this.width = width;
        this.a = a;
        this.b = b;
        this.nameA = nameA;
        this.nameB = nameB;
        this.charts = charts;
        this.first = tick;
        for (int t = 0; t < rowsA.size(); t++) {
            if (t == 0) {
                charts.restart(0, rowsA.get(0), rowsB.get(0), ticks);
            } else {
                charts.add(t, rowsA.get(t), rowsB.get(t));
            }
        }
        this.gif = new AnimatedGif(file, delayMillis);
        gif.add(frame());
    }

    /** After tick {@code tick}: adds the rows to the charts and, every {@code every} ticks, a frame. */
    void afterTick(long tick) throws IOException {
        charts.add(tick, a.row(), b.row());
        if ((tick - first) % every == 0) {
            gif.add(frame());
        }
    }

    private java.awt.image.BufferedImage frame() {
        return SideBySideImage.render(width, a, "A: " + nameA + " — " + a.caption(), b,
                "B: " + nameB + " — " + b.caption(), charts);
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
