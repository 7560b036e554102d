package org.radsim.app.cli;

import java.nio.file.Path;

/**
 * Folder names made from what the user wrote: a scenario or sweep name becomes a safe, visible, bounded folder
 * name (no path separators, no leading dot — {@code ...} would be a hidden folder —, at most
 * {@value #MAX_LENGTH} characters, never empty), and an {@code --out} that names no folder is refused.
 */
final class FolderNames {

    /** Longest name part of a default results folder. */
    static final int MAX_LENGTH = 60;

    private FolderNames() {
    }

    /** {@code name} as a folder name: letters, digits, {@code . _ -} kept, the rest as {@code _}. */
    static String safe(String name) {
        String s = (name == null ? "" : name).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._-]+", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        return s.isEmpty() ? "scenario" : s;
    }

    /** Refuses an {@code --out} that is empty or blank (it would mean the working directory itself). */
    static Path checkOut(Path out, String option) {
        if (out != null && out.toString().isBlank()) {
            throw new BadInput(option + " is empty; name the folder to write (e.g. " + option + " results/my-run)");
        }
        return out;
    }
}
