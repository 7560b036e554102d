package org.radsim.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * The tool version (from the build) and the git commit it was built from, when known: the {@code ./radsim}
 * launcher passes it as the system property {@code radsim.commit}.
 */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/radsim/core/radsim.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    public static Optional<String> gitCommit() {
        String c = System.getProperty("radsim.commit");
        return c == null || c.isBlank() ? Optional.empty() : Optional.of(c);
    }
}
