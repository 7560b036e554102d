package org.radsim.app.gui;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The GIF recording of a GUI (a single run or a comparison): at most one at a time; asked for while the run is
 * stopped, it waits and begins at tick 0 when play starts the run; it ends on request, at the end of the run or
 * on a restart, and a failure to write stops it with a message for the status line.
 */
final class Recorder {

    /** Begins a recording of the running model at its current tick. */
    @FunctionalInterface
    interface Begin {
        GifRecording begin(Path file, int every, int width, int delayMillis) throws IOException;
    }

    private record Request(Path file, int every, int width, int delayMillis) {
    }

    private volatile GifRecording recording;
    private volatile Request armed;
    private volatile String problem;
    private volatile boolean running;

    /**
     * Starts a recording now when a run is going, else when the run starts ({@link #runStarted}); call it holding
     * the lock of the model's schedule.
     */
    void request(Path file, int every, int width, int delayMillis, Begin begin) throws IOException {
        if (every < 1 || width < 100) {
            throw new IllegalArgumentException("a recording needs a frame every 1 or more ticks and a width of at "
                    + "least 100 pixels, got " + every + " and " + width);
        }
        stopQuietly();
        problem = null;
        if (running) {
            recording = begin.begin(file, every, width, delayMillis);
        } else {
            armed = new Request(file, every, width, delayMillis);
        }
    }

    /**
     * Called when a run starts on {@code schedule}: ends any recording of the previous run and begins the one
     * waiting, if any, holding the schedule's lock.
     */
    void runStarted(Object schedule, Begin begin) {
        running = true;
        synchronized (schedule) {
            beginArmed(begin);
        }
    }

    /** Called when the run ends: the recording ends with it. */
    void runEnded() {
        running = false;
        stopQuietly();
    }

    /** Called when tick 0 of a run is shown while stopped: a recording asked for now waits for play. */
    void previewShown() {
        running = false;
    }

    private void beginArmed(Begin begin) {
        Request r = armed;
        stopQuietly();
        if (r != null) {
            try {
                recording = begin.begin(r.file(), r.every(), r.width(), r.delayMillis());
            } catch (IOException | RuntimeException e) {
                problem = "cannot record " + r.file() + ": " + e.getMessage();
            }
        }
    }

    /** After each tick of the run. */
    void afterTick(long tick) {
        GifRecording r = recording;
        if (r != null) {
            try {
                r.afterTick(tick);
            } catch (IOException | RuntimeException e) {
                recording = null;
                problem = "the recording stopped: " + e.getMessage();
            }
        }
    }

    /** Ends the recording (and forgets one waiting); returns its number of frames (0 when none was running). */
    int stop() throws IOException {
        armed = null;
        GifRecording r = recording;
        recording = null;
        return r == null ? 0 : r.close();
    }

    /** {@link #stop}, keeping a failure for the status line. */
    void stopQuietly() {
        try {
            stop();
        } catch (IOException e) {
            problem = "the recording could not be written: " + e.getMessage();
        }
    }

    /** What the status line says about recording ("" when nothing). */
    String status() {
        GifRecording r = recording;
        String p = problem;
        return (r == null ? "" : " · recording (" + r.frames() + " frames)")
                + (armed == null ? "" : " · the recording begins when you press play")
                + (p == null ? "" : " · " + p);
    }
}
