package org.radsim.app.gui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.util.function.BooleanSupplier;

/**
 * What the real-window tests share: they need a display (Xvfb in CI) and run in the gui-window surefire execution,
 * skipped without a display unless RADSIM_REQUIRE_DISPLAY=1 asks for one; and they wait for the Swing thread and
 * the play loop with a generous timeout.
 */
final class RealDisplay {

    /** Generous: MASON waits for the Swing thread after every tick, which a loaded machine makes slow. */
    static final long TIMEOUT_MS = 150_000;

    private RealDisplay() {
    }

    /**
     * Skips the test in a headless JVM or without a display; fails it when RADSIM_REQUIRE_DISPLAY=1 and there is
     * no display.
     */
    static void require() {
        assumeTrue(!Boolean.getBoolean("java.awt.headless"),
                "this JVM was started headless; the test runs in the gui-window surefire execution");
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isEmpty()
                && !GraphicsEnvironment.isHeadless();
        if (!display && "1".equals(System.getenv("RADSIM_REQUIRE_DISPLAY"))) {
            fail("RADSIM_REQUIRE_DISPLAY=1 but there is no display (DISPLAY=" + System.getenv("DISPLAY") + ")");
        }
        assumeTrue(display, "no display: start Xvfb and set DISPLAY to run the real-window test");
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@link #TIMEOUT_MS}. */
    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }
}
