package org.radsim.core.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.FileTrees;
import org.radsim.core.output.FolderLock;

/** The files a run writes into its results folder, and how a restart clears them. */
final class RunFolder {

    /** Files and folders a run writes; {@code force} removes only these (and temporary files). */
    static final List<String> OUTPUTS = List.of("manifest.json", "manifest.json.tmp", "scenario.yaml",
            "timeseries.csv", "regions.csv", "summary.csv", "summary-stats.csv", "timeseries-stats.csv",
            "regions-stats.csv", "datapackage.json", "parts", "charts", "report.html");

    private RunFolder() {
    }

    /** Whether {@code dir} holds nothing computed: at most the lock, temporary files, scenario.yaml, empty parts/. */
    static boolean onlyOutputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                boolean nothing = n.equals(FolderLock.FILE) || n.endsWith(AtomicFile.TMP) || n.equals("scenario.yaml")
                        || (n.equals("parts") && isEmpty(p));
                if (!nothing) {
                    return false;
                }
            }
            return true;
        }
    }

    static void clearOutputs(Path folder) throws IOException {
        for (String name : OUTPUTS) {
            deleteTree(folder.resolve(name));
        }
        deleteTemporaries(folder);
    }

    static void deleteTemporaries(Path folder) throws IOException {
        for (Path dir : List.of(folder, folder.resolve("charts"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.filter(p -> p.getFileName().toString().endsWith(AtomicFile.TMP)).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** Whether {@code dir} is missing or holds nothing but its lock file. */
    static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (!p.getFileName().toString().equals(FolderLock.FILE)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Deletes {@code p} and everything under it ({@link FileTrees#delete}). */
    static void deleteTree(Path p) throws IOException {
        FileTrees.delete(p);
    }
}
