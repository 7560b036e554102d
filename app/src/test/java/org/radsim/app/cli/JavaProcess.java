package org.radsim.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts radsim in a separate JVM with this test's class path (the same classes users run in the jar). */
final class JavaProcess {

    private JavaProcess() {
    }

    static ProcessBuilder radsim(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Radsim.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }
}
