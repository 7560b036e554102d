package org.radsim.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path f = dir.resolve("regions-stats.csv");
        Files.writeString(f, "old,complete\n");
        assertThrows(IOException.class, () -> {
            try (AtomicFile a = AtomicFile.create(f)) {
                a.writer().write("new,cut mid-num");
                a.writer().flush();
                throw new IOException("No space left on device");
            }
        });
        assertEquals("old,complete\n", Files.readString(f), "the reader still sees the complete old file");
        assertFalse(Files.exists(dir.resolve("regions-stats.csv.tmp")), "the partial file is gone");
        AtomicFile.writeString(f, "new,complete\n");
        assertEquals("new,complete\n", Files.readString(f));
    }

    @Test
    void aSecondWriterOfALockedFolderIsToldWhoWritesItSinceWhen() throws Exception {
        try (FolderLock held = FolderLock.acquire(dir)) {
            ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> FolderLock.acquire(dir));
            assertTrue(e.getMessage().matches("(?s).* is being written by process " + ProcessHandle.current().pid()
                    + " since \\d{4}-\\d\\d-\\d\\dT.*"), e.getMessage());
        }
        FolderLock.acquire(dir).close();
    }

    @Test
    void aManifestWithADuplicatedKeyOrCutShortIsNamedAsDamaged() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{\"status\": \"completed\",\n\"status\": \"completed\"}");
        ResultsFolderException dup = assertThrows(ResultsFolderException.class, () -> Manifest.read(dir));
        assertTrue(dup.getMessage().contains("manifest.json: not valid JSON at line 2"), dup.getMessage());
        Files.writeString(dir.resolve("manifest.json"), "{\"status\": \"compl");
        ResultsFolderException cut = assertThrows(ResultsFolderException.class, () -> Manifest.read(dir));
        assertTrue(cut.getMessage().contains("manifest.json: not valid JSON"), cut.getMessage());
    }
}
