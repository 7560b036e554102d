package org.radsim.core.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written completely or not at all: the bytes go to {@code <name>.tmp} beside the target, and only
 * {@link #commit()} renames it onto the target (atomically where the file system can). Closing without a commit —
 * an exception, a full disk — deletes the temporary file and leaves any earlier version of the target untouched,
 * so a reader never sees a file cut short.
 *
 * <pre>
 * try (AtomicFile f = AtomicFile.create(path)) {
 *     f.writer().write(text);
 *     f.commit();
 * }
 * </pre>
 */
public final class AtomicFile implements AutoCloseable {

    /** Suffix of the temporary files; a resumed run deletes leftovers with it. */
    public static final String TMP = ".tmp";

    private final Path target;
    private final Path tmp;
    private final OutputStream out;
    private Writer writer;
    private boolean closed;

    private AtomicFile(Path target) throws IOException {
        this.target = target;
        this.tmp = target.resolveSibling(target.getFileName() + TMP);
        this.out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
    }

    /** Opens {@code <target>.tmp} for writing. */
    public static AtomicFile create(Path target) throws IOException {
        return new AtomicFile(target);
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicFile f = create(target)) {
            f.stream().write(bytes);
            f.commit();
        }
    }

    /**
     * A writer that keeps the text in memory and writes it to {@code target} atomically when closed (for small
     * tables written through a printer that closes its writer).
     */
    public static Writer textWriter(Path target) {
        return new StringWriter() {
            private boolean written;

            @Override
            public void close() throws IOException {
                if (!written) {
                    written = true;
                    writeString(target, toString());
                }
            }
        };
    }

    public OutputStream stream() {
        return out;
    }

    /** A UTF-8 writer on the same stream (flushed by {@link #commit()}). */
    public Writer writer() {
        if (writer == null) {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        }
        return writer;
    }

    /** Flushes, closes and renames the temporary file onto the target. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        closed = true;
        out.close();
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without a commit: discards the temporary file. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                out.close();
            } catch (IOException ignored) {
                // the write already failed; what matters is that the partial file goes
            }
            Files.deleteIfExists(tmp);
        }
    }
}
