package org.radsim.core.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks a results folder (of {@code radsim run}) or a compare folder against its manifest before anything reads
 * it, and records what the checks need when a folder is written. Every reader goes through here: {@code report},
 * {@code report --check}, {@code compare}, {@code run --resume}, {@code compare --resume}.
 *
 * <p>What is checked, each problem named by file, line and what is wrong:
 * <ul>
 *   <li>{@code manifest.json} parses and its fields have the right types;</li>
 *   <li>the run is complete (else "incomplete: N of M replications; resume with: &lt;command&gt;");</li>
 *   <li>{@code summary.csv} has one row per completed replication, in the manifest's order with the manifest's
 *       seeds; {@code timeseries.csv} and {@code regions.csv} have, per replication, the ticks 0, 1, … without gap
 *       or repeat, as many rows as the manifest records, and each region once per tick;</li>
 *   <li>every table has the column set recorded in the manifest, every row as many fields as its header, and a
 *       number in every numeric field;</li>
 *   <li>every file the manifest lists exists with the recorded size and SHA-256.</li>
 * </ul>
 */
public final class FolderVerifier {

    /** The tables of a results folder, joined from the replications. */
    public static final List<String> TABLES = List.of("summary.csv", "timeseries.csv", "regions.csv");
    /** File name of the manifest of a compare folder. */
    public static final String COMPARE_FILE = "compare.json";

    private static final Pattern NUMBER =
            Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|-?Infinity|NaN");

    /** What a reader needs of a results folder. */
    public enum Need {
        /** a finished run (status completed or failed) with every recorded file intact: what readers need */
        COMPLETE,
        /** the joined tables of a run whose report is still being written (the run's own report step) */
        TABLES,
        /**
         * what {@code report} needs to rebuild the derived files: like {@link #COMPLETE}, but a derived file
         * (statistics, chart, report) that is missing or changed is only reported back, since it is rewritten
         */
        REBUILD,
        /** only the manifest's own structure (what {@code --resume} reads before the parts) */
        MANIFEST
    }

    private FolderVerifier() {
    }

    /**
     * Verifies the results folder {@code dir}.
     *
     * @throws ResultsFolderException naming every problem found (one per line)
     */
    public static List<String> verifyRun(Path dir, Need need) {
        List<String> problems = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        check(dir, need, problems, derived);
        // derived files are about to be rewritten when rebuilding, or being written in the run's report step
        if (need != Need.REBUILD && need != Need.TABLES) {
            problems.addAll(derived);
        }
        fail(problems);
        return derived;
    }

    /** Files whose damage no rebuild repairs: the inputs of every reader. */
    private static boolean primary(String name) {
        return TABLES.contains(name) || name.equals("scenario.yaml");
    }

    /** Verifies only the structure of {@code dir}'s manifest (field types), not the status or the tables. */
    public static void verifyManifest(Path dir) {
        verifyRun(dir, Need.MANIFEST);
    }

    /** Re-records the files of {@code dir} in its manifest (after a report rewrote derived files). */
    public static void rerecord(Path dir) throws IOException {
        Manifest m = Manifest.read(dir);
        recordFiles(m, dir);
        m.write();
    }

    /**
     * Verifies a compare folder: its {@code compare.json}, its recorded files and each scenario's folder. With
     * {@code rebuild}, problems of derived files only are returned instead of thrown (as {@link Need#REBUILD}).
     */
    public static List<String> verifyCompare(Path dir, boolean rebuild) {
        List<String> derived = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Path file = dir.resolve(COMPARE_FILE);
        Map<String, Object> m;
        try {
            m = Manifest.readFile(file).asMap();
        } catch (ResultsFolderException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> subs = new ArrayList<>();
        if (!(m.get("baseline") instanceof String b)) {
            problems.add(file + ": 'baseline' must be a folder name (text)");
        } else {
            subs.add(b);
        }
        if (!(m.get("alternatives") instanceof List<?> alts) || alts.isEmpty()) {
            problems.add(file + ": 'alternatives' must be a non-empty list of folder names");
        } else {
            for (Object a : alts) {
                if (a instanceof String s) {
                    subs.add(s);
                } else {
                    problems.add(file + ": 'alternatives' holds " + describe(a) + " where a folder name belongs");
                }
            }
        }
        integer(m, "master_seed", file, problems, true);
        integer(m, "replications", file, problems, true);
        Object status = m.get("status");
        if (status != null && !(status instanceof String)) {
            problems.add(file + ": 'status' must be text, found " + describe(status));
        } else if (status != null && !"completed".equals(status)) {
            problems.add(dir + " is incomplete: the comparison did not finish (status " + status + "); resume with: "
                    + m.getOrDefault("resume_command", "radsim compare … --out " + dir + " --resume"));
        }
        fail(problems);
        for (String s : subs) {
            if (s.contains("/") || s.contains("\\") || s.startsWith(".")) {
                problems.add(file + ": '" + s + "' is not a subfolder name");
                continue;
            }
            try {
                derived.addAll(verifyRun(dir.resolve(s), rebuild ? Need.REBUILD : Need.COMPLETE));
            } catch (ResultsFolderException e) {
                problems.add(e.getMessage());
            }
        }
        List<String> own = new ArrayList<>();
        checkFiles(dir, file, m, Set.of(), problems, own);
        if (rebuild) {
            derived.addAll(own);
        } else {
            problems.addAll(own);
        }
        fail(problems);
        return derived;
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ResultsFolderException(String.join("\n", new LinkedHashSet<>(problems)));
        }
    }

    private static void check(Path dir, Need need, List<String> problems, List<String> derived) {
        Path file = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(dir + " is not a results folder of `radsim run`: " + Manifest.FILE + " is missing");
            return;
        }
        Map<String, Object> m;
        try {
            m = Manifest.readFile(file).asMap();
        } catch (ResultsFolderException e) {
            problems.add(e.getMessage());
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int before = problems.size();
        text(m, "status", file, problems, true);
        text(m, "model", file, problems, false);
        integer(m, "master_seed", file, problems, false);
        if (m.containsKey("scenario") && !(m.get("scenario") instanceof Map)) {
            problems.add(file + ": 'scenario' must be an object, found " + describe(m.get("scenario")));
        }
        if (m.get("scenario") instanceof Map<?, ?> sc && m.get("scenario_hash") instanceof String h
                && !h.equals(canonicalHash(sc))) {
            problems.add(file + ": the recorded scenario does not match its scenario_hash (changed after the run)");
        }
        if (m.containsKey("files") && !(m.get("files") instanceof Map)) {
            problems.add(file + ": 'files' must be an object, found " + describe(m.get("files")));
        }
        List<Rep> reps = new ArrayList<>();
        if (!(m.get("replications") instanceof List<?> list)) {
            problems.add(file + ": 'replications' must be a list, found " + describe(m.get("replications")));
        } else {
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> e)) {
                    problems.add(file + ": replications[" + i + "] must be an object, found " + describe(list.get(i)));
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> r = (Map<String, Object>) e;
                String at = "replications[" + i + "]";
                Long index = integer(r, "index", file, problems, true, at);
                Long seed = integer(r, "seed", file, problems, true, at);
                String st = text(r, "status", file, problems, true, at);
                Long ticks = integer(r, "ticks", file, problems, false, at);
                Long regionRows = integer(r, "region_rows", file, problems, false, at);
                if (index != null && seed != null && st != null) {
                    reps.add(new Rep(index.intValue(), seed, st, ticks, regionRows));
                }
            }
        }
        if (problems.size() > before || need == Need.MANIFEST) {
            return;
        }
        String status = (String) m.get("status");
        boolean finished = "completed".equals(status) || "failed".equals(status);
        boolean joined = Boolean.TRUE.equals(m.get("tables_joined"));
        if (!finished && !(need == Need.TABLES && joined)) {
            long done = Math.max(reps.stream().filter(r -> r.status.equals("completed")).count(), finishedParts(dir));
            Object cmd = m.get("resume_command");
            problems.add(dir + " is incomplete: " + done + " of " + reps.size() + " replications"
                    + (done == reps.size() && !reps.isEmpty() ? " (the statistics and report were not finished)" : "")
                    + ", status " + status + "; resume with: "
                    + (cmd instanceof String s ? s : "radsim run <scenario> --out " + dir + " --resume"));
            return;
        }
        List<Rep> completed = reps.stream().filter(r -> r.status.equals("completed")).toList();
        @SuppressWarnings("unchecked")
        Map<String, Object> files = m.get("files") instanceof Map<?, ?> f ? (Map<String, Object>) f : Map.of();
        Set<String> damaged = new java.util.HashSet<>();
        for (String t : TABLES) {
            Path p = dir.resolve(t);
            boolean required = !t.equals("regions.csv") || files.containsKey(t);
            if (!Files.isRegularFile(p)) {
                if (required) {
                    problems.add(p + ": missing" + (files.containsKey(t) ? " (the manifest records it)" : ""));
                    damaged.add(t);
                }
                continue;
            }
            List<String> columns = recordedColumns(files.get(t));
            int n = problems.size();
            new TableCheck(p, t, completed, columns, problems).run();
            if (problems.size() > n) {
                damaged.add(t);
            }
        }
        checkFiles(dir, file, m, damaged, problems, derived);
    }

    /** Replications finished in {@code parts/} (renamed from {@code .partial}), possibly not yet in the manifest. */
    private static long finishedParts(Path dir) {
        Path parts = dir.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(parts)) {
            return s.filter(p -> p.getFileName().toString().matches("r\\d{6}") && Files.isDirectory(p)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> recordedColumns(Object entry) {
        if (entry instanceof Map<?, ?> e && e.get("columns") instanceof List<?> c) {
            return (List<String>) c;
        }
        return null;
    }

    /** Every file the manifest lists: present, with the recorded size and SHA-256. */
    private static void checkFiles(Path dir, Path manifest, Map<String, Object> m, Set<String> skip,
                                   List<String> primaryProblems, List<String> derivedProblems) {
        if (!(m.get("files") instanceof Map<?, ?> files)) {
            return;
        }
        for (Map.Entry<?, ?> e : files.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (skip.contains(name)) {
                continue;
            }
            List<String> problems = primary(name) ? primaryProblems : derivedProblems;
            if (name.startsWith("/") || name.contains("..") || !(e.getValue() instanceof Map<?, ?> rec)) {
                problems.add(manifest + ": files['" + name + "'] is not a file record");
                continue;
            }
            Path p = dir.resolve(name);
            if (!(rec.get("bytes") instanceof Number bytes) || !(rec.get("sha256") instanceof String sha)) {
                problems.add(manifest + ": files['" + name + "'] needs 'bytes' (a number) and 'sha256' (text)");
                continue;
            }
            try {
                if (!Files.isRegularFile(p)) {
                    problems.add(p + ": missing (the manifest records " + bytes.longValue() + " bytes)");
                } else if (Files.size(p) != bytes.longValue()) {
                    problems.add(p + ": " + Files.size(p) + " bytes, the manifest records " + bytes.longValue()
                            + " (cut short or changed after it was written)");
                } else if (!sha256(p).equals(sha)) {
                    problems.add(p + ": its content differs from the SHA-256 recorded in " + manifest.getFileName()
                            + " (changed after it was written)");
                }
            } catch (IOException ex) {
                problems.add(p + ": cannot be read (" + ex.getMessage() + ")");
            }
        }
    }

    /**
     * Records size and SHA-256 of every file of {@code dir} in {@code manifest}'s {@code files} (and the header of
     * each table), leaving out the manifest itself, the lock, temporary files, {@code parts/} and subfolders that
     * are results folders of their own.
     */
    public static void recordFiles(Manifest manifest, Path dir) throws IOException {
        TreeMap<String, Object> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path rel = dir.relativize(p);
                String name = rel.toString().replace('\\', '/');
                String top = rel.getName(0).toString();
                if (name.equals(Manifest.FILE) || name.equals(COMPARE_FILE) || name.endsWith(AtomicFile.TMP)
                        || top.equals(FolderLock.FILE) || top.equals("parts")
                        || (rel.getNameCount() > 1 && Files.isRegularFile(dir.resolve(top).resolve(Manifest.FILE)))) {
                    continue;
                }
                LinkedHashMap<String, Object> rec = new LinkedHashMap<>();
                rec.put("bytes", Files.size(p));
                rec.put("sha256", sha256(p));
                if (rel.getNameCount() == 1 && TABLES.contains(name)) {
                    rec.put("columns", header(p));
                }
                files.put(name, rec);
            }
        }
        manifest.put("files", files);
    }

    private static List<String> header(Path p) throws IOException {
        try (CSVParser parser = Csv.rows(p)) {
            var it = parser.iterator();
            return it.hasNext() ? it.next().toList() : List.of();
        }
    }

    /** SHA-256 of the canonical JSON (keys sorted) of a scenario tree: the manifest's scenario_hash. */
    private static String canonicalHash(Map<?, ?> tree) {
        try {
            byte[] json = new com.fasterxml.jackson.databind.ObjectMapper()
                    .configure(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(tree);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of a file, as lower-case hex. */
    public static String sha256(Path p) throws IOException {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(p)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Rep(int index, long seed, String status, Long ticks, Long regionRows) {
    }

    /** Checks one table row by row against the completed replications. */
    private static final class TableCheck {
        private final Path file;
        private final String name;
        private final List<Rep> reps;
        private final List<String> recordedColumns;
        private final List<String> problems;

        TableCheck(Path file, String name, List<Rep> reps, List<String> recordedColumns, List<String> problems) {
            this.file = file;
            this.name = name;
            this.reps = reps;
            this.recordedColumns = recordedColumns;
            this.problems = problems;
        }

        void run() {
            try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
                 CSVParser p = Csv.FORMAT.parse(in)) {
                var it = p.iterator();
                if (!it.hasNext()) {
                    problems.add(file + ": empty (not even a header row)");
                    return;
                }
                List<String> header = it.next().toList();
                int keys = switch (name) {
                    case "summary.csv", "timeseries.csv" -> 2;
                    default -> 3;
                };
                List<String> expectKeys = switch (name) {
                    case "summary.csv" -> List.of("replication", "seed");
                    case "timeseries.csv" -> List.of("replication", "tick");
                    default -> List.of("replication", "tick", "region");
                };
                if (header.size() < keys || !header.subList(0, keys).equals(expectKeys)) {
                    problems.add(file + " line 1: the header must start with " + String.join(",", expectKeys)
                            + ", found " + excerpt(String.join(",", header)));
                    return;
                }
                if (recordedColumns != null && !recordedColumns.equals(header)) {
                    problems.add(file + " line 1: the columns differ from those recorded in the manifest ("
                            + diff(recordedColumns, header) + ")");
                    return;
                }
                if (new LinkedHashSet<>(header).size() != header.size()) {
                    problems.add(file + " line 1: a column name appears twice");
                    return;
                }
                Rows rows = new Rows();
                while (it.hasNext()) {
                    CSVRecord r = it.next();
                    long line = r.getRecordNumber();
                    if (r.size() != header.size()) {
                        problems.add(file + " line " + line + ": " + r.size() + " fields, the header has "
                                + header.size() + (r.size() < header.size() ? " (cut short?)" : ""));
                        return;
                    }
                    for (int c = 0; c < r.size(); c++) {
                        if (c == keys - 1 && name.equals("regions.csv")) {
                            continue;
                        }
                        String v = r.get(c);
                        boolean ok = c < 2 ? isLong(v) : NUMBER.matcher(v).matches();
                        if (!ok) {
                            problems.add(file + " line " + line + ", column " + header.get(c) + ": "
                                    + (v.isEmpty() ? "empty" : "'" + excerpt(v) + "'") + " is not "
                                    + (c < 2 ? "a whole number" : "a number"));
                            return;
                        }
                    }
                    if (!rows.accept(r, line)) {
                        return;
                    }
                }
                rows.end(p.getRecordNumber());
            } catch (CharacterCodingException e) {
                problems.add(file + ": not UTF-8 text (damaged)");
            } catch (UncheckedIOException | IOException | IllegalStateException e) {
                Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
                if (c instanceof CharacterCodingException) {
                    problems.add(file + ": not UTF-8 text (damaged)");
                } else {
                    problems.add(file + ": not valid CSV (" + excerpt(String.valueOf(c.getMessage())) + ")");
                }
            }
        }

        /** Follows the expected sequence of (replication, tick, region). */
        private final class Rows {
            int rep = -1;
            long rowsInRep;
            final List<String> regionOrder = new ArrayList<>();
            boolean regionsKnown;

            boolean accept(CSVRecord r, long line) {
                long replication = Long.parseLong(r.get(0));
                if (rep < 0 || replication != reps.get(rep).index) {
                    if (rep >= 0 && !repEnds(line - 1)) {
                        return false;
                    }
                    rep++;
                    rowsInRep = 0;
                    if (rep >= reps.size()) {
                        problems.add(file + " line " + line + ": replication " + replication + " is not a completed "
                                + "replication listed in the manifest" + (seen(replication) ? " (or repeats)" : ""));
                        return false;
                    }
                    if (replication != reps.get(rep).index) {
                        problems.add(file + " line " + line + ": replication " + replication + " where replication "
                                + reps.get(rep).index + " belongs (the manifest lists the completed replications in order)");
                        return false;
                    }
                }
                Rep expected = reps.get(rep);
                if (name.equals("summary.csv")) {
                    if (rowsInRep > 0) {
                        problems.add(file + " line " + line + ": replication " + replication + " appears twice");
                        return false;
                    }
                    if (Long.parseLong(r.get(1)) != expected.seed) {
                        problems.add(file + " line " + line + ": seed " + r.get(1) + " of replication " + replication
                                + " differs from the manifest's " + expected.seed);
                        return false;
                    }
                } else {
                    long tick = Long.parseLong(r.get(1));
                    long wantTick;
                    if (name.equals("timeseries.csv")) {
                        wantTick = rowsInRep;
                    } else {
                        String region = r.get(2);
                        if (!regionsKnown) {
                            if (tick == 0 && !regionOrder.contains(region)) {
                                regionOrder.add(region);
                            } else {
                                regionsKnown = true;
                            }
                        }
                        int k = regionOrder.size();
                        wantTick = k == 0 ? 0 : rowsInRep / k;
                        String wantRegion = k == 0 ? region : regionOrder.get((int) (rowsInRep % k));
                        if (regionsKnown && !region.equals(wantRegion)) {
                            problems.add(file + " line " + line + ": region '" + excerpt(region) + "' where region '"
                                    + wantRegion + "' belongs (replication " + replication + ", tick " + tick + ")");
                            return false;
                        }
                    }
                    if (tick != wantTick) {
                        problems.add(file + " line " + line + ": replication " + replication + " tick " + tick
                                + (tick < wantTick ? " repeats or goes back" : " skips ahead")
                                + " (tick " + wantTick + " belongs here)");
                        return false;
                    }
                }
                rowsInRep++;
                return true;
            }

            private boolean seen(long replication) {
                for (int i = 0; i < Math.min(rep, reps.size()); i++) {
                    if (reps.get(i).index == replication) {
                        return true;
                    }
                }
                return false;
            }

            /** The current replication ended at {@code lastLine}: did it have all its rows? */
            private boolean repEnds(long lastLine) {
                Rep r = reps.get(rep);
                Long want = switch (name) {
                    case "summary.csv" -> 1L;
                    case "timeseries.csv" -> r.ticks;
                    default -> r.regionRows;
                };
                if (want != null && rowsInRep != want) {
                    problems.add(file + " line " + lastLine + ": replication " + r.index + " has " + rowsInRep
                            + " rows, the manifest records " + want + " (cut short or rows lost)");
                    return false;
                }
                return true;
            }

            void end(long lastLine) {
                if (rep >= 0 && !repEnds(lastLine)) {
                    return;
                }
                if (rep + 1 < reps.size()) {
                    problems.add(file + " ends at line " + lastLine + " with " + (rep + 1) + " of the " + reps.size()
                            + " completed replications; replication " + reps.get(rep + 1).index
                            + " and later are missing (cut short?)");
                }
            }
        }
    }

    private static boolean isLong(String v) {
        try {
            Long.parseLong(v);
            return !v.startsWith("+");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String diff(List<String> want, List<String> got) {
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + excerpt(String.join(", ", missing)));
        }
        if (!extra.isEmpty()) {
            parts.add("unexpected " + excerpt(String.join(", ", extra)));
        }
        return parts.isEmpty() ? "same names in another order" : String.join("; ", parts);
    }

    private static String excerpt(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String describe(Object v) {
        if (v == null) {
            return "nothing";
        }
        if (v instanceof String s) {
            return "the text '" + excerpt(s) + "'";
        }
        if (v instanceof Number n) {
            return "the number " + n;
        }
        if (v instanceof Boolean b) {
            return "the value " + b;
        }
        return v instanceof List ? "a list" : "an object";
    }

    private static String text(Map<String, Object> m, String key, Path file, List<String> problems, boolean required) {
        return text(m, key, file, problems, required, null);
    }

    private static String text(Map<String, Object> m, String key, Path file, List<String> problems, boolean required,
                               String at) {
        Object v = m.get(key);
        String where = where(file, at, key);
        if (v == null) {
            missing(where, problems, required);
            return null;
        }
        if (!(v instanceof String s)) {
            problems.add(where + " must be text, found " + describe(v));
            return null;
        }
        return s;
    }

    private static Long integer(Map<String, Object> m, String key, Path file, List<String> problems,
                                boolean required) {
        return integer(m, key, file, problems, required, null);
    }

    private static Long integer(Map<String, Object> m, String key, Path file, List<String> problems,
                                boolean required, String at) {
        Object v = m.get(key);
        String where = where(file, at, key);
        if (v == null) {
            missing(where, problems, required);
            return null;
        }
        if (!(v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger)) {
            problems.add(where + " must be a whole number, found " + describe(v));
            return null;
        }
        return ((Number) v).longValue();
    }

    /** Where a key stands, for a problem: the file, the object it is in ({@code at}, may be null) and the key. */
    private static String where(Path file, String at, String key) {
        return file + ": " + (at == null ? "" : at + ".") + "'" + key + "'";
    }

    /** A missing key is a problem when it is required. */
    private static void missing(String where, List<String> problems, boolean required) {
        if (required) {
            problems.add(where + " is missing");
        }
    }
}
