package org.radsim.core.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into a {@link Node} tree with SnakeYAML's composer, so every node keeps its line and column.
 * Guards against hostile input: files over {@link #MAX_BYTES}, binary content, alias bombs (SnakeYAML's alias
 * limit plus a cap on expanded nodes), deep nesting and duplicate keys — each becomes one clear problem.
 */
public final class YamlReader {

    /** Largest scenario file accepted. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final int MAX_NODES = 200_000;
    private static final int MAX_DEPTH = 50;

    private YamlReader() {
    }

    /** Reads a file; every failure (missing, directory, unreadable, not YAML) is a {@link ScenarioException}. */
    public static Node readFile(Path path) throws ScenarioException {
        String source = path.toString();
        Where whole = Where.file(source);
        if (!Files.exists(path)) {
            throw new ScenarioException(whole, "no such file");
        }
        if (Files.isDirectory(path)) {
            throw new ScenarioException(whole, "is a directory, not a scenario file");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new ScenarioException(whole, "file is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB; a scenario file is a few kilobytes of YAML");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ScenarioException(whole, "cannot be read: " + e.getMessage());
        }
        return readBytes(bytes, source);
    }

    /** Reads YAML bytes (UTF-8) named {@code source} in messages. */
    public static Node readBytes(byte[] bytes, String source) throws ScenarioException {
        Where whole = Where.file(source);
        for (byte b : bytes) {
            if (b == 0) {
                throw new ScenarioException(whole, "is a binary file, not YAML text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(whole, "is not UTF-8 text (binary or another encoding)");
        }
        if (text.isBlank()) {
            throw new ScenarioException(whole, "is empty: a scenario needs at least a name, or extends: another scenario");
        }
        return readText(text, source);
    }

    /** Reads YAML text named {@code source} in messages. */
    public static Node readText(String text, String source) throws ScenarioException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        Yaml yaml = new Yaml(options);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Where w = m == null ? Where.file(source) : new Where(source, m.getLine() + 1, m.getColumn() + 1);
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new ScenarioException(w, "not valid YAML: " + firstLine(what));
        } catch (YAMLException e) {
            throw new ScenarioException(Where.file(source), "not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null) {
            throw new ScenarioException(Where.file(source), "is empty: a scenario needs at least a name");
        }
        return new Converter(source).convert(root, 0);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s.trim() : s.substring(0, nl).trim();
    }

    private static final class Converter {
        private final String source;
        private int nodes;
        private final Map<org.yaml.snakeyaml.nodes.Node, Boolean> onPath = new IdentityHashMap<>();

        Converter(String source) {
            this.source = source;
        }

        Where at(org.yaml.snakeyaml.nodes.Node n) {
            Mark m = n.getStartMark();
            return m == null ? Where.file(source) : new Where(source, m.getLine() + 1, m.getColumn() + 1);
        }

        Node convert(org.yaml.snakeyaml.nodes.Node n, int depth) throws ScenarioException {
            if (++nodes > MAX_NODES) {
                throw new ScenarioException(at(n), "document expands to more than " + MAX_NODES
                        + " nodes (too many aliases?); a scenario file is small");
            }
            if (depth > MAX_DEPTH || onPath.containsKey(n)) {
                throw new ScenarioException(at(n), "document nests too deeply or refers to itself through an alias");
            }
            onPath.put(n, Boolean.TRUE);
            try {
                if (n instanceof ScalarNode s) {
                    return scalar(s);
                }
                if (n instanceof SequenceNode seq) {
                    List<Node> items = new ArrayList<>();
                    for (org.yaml.snakeyaml.nodes.Node item : seq.getValue()) {
                        items.add(convert(item, depth + 1));
                    }
                    return new Node.Sequence(items, at(n));
                }
                MappingNode map = (MappingNode) n;
                LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
                Map<String, Where> keyWhere = new HashMap<>();
                for (NodeTuple t : map.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) {
                        throw new ScenarioException(at(t.getKeyNode()), "a key must be a plain word");
                    }
                    if (t.getKeyNode().getTag().equals(Tag.MERGE)) {
                        throw new ScenarioException(at(k), "YAML merge keys (<<) are not supported; use extends:");
                    }
                    String key = k.getValue();
                    if (entries.containsKey(key)) {
                        throw new ScenarioException(at(k), "key '" + key + "' appears twice (first at line "
                                + keyWhere.get(key).line() + ")");
                    }
                    keyWhere.put(key, at(k));
                    entries.put(key, convert(t.getValueNode(), depth + 1));
                }
                return new Node.Mapping(entries, keyWhere, at(n));
            } finally {
                onPath.remove(n);
            }
        }

        Node scalar(ScalarNode s) {
            Tag tag = s.getTag();
            Node.Scalar.Type type;
            if (tag.equals(Tag.NULL)) {
                type = Node.Scalar.Type.NULL;
            } else if (tag.equals(Tag.BOOL)) {
                type = Node.Scalar.Type.BOOLEAN;
            } else if (tag.equals(Tag.INT)) {
                type = Node.Scalar.Type.INTEGER;
            } else if (tag.equals(Tag.FLOAT)) {
                type = Node.Scalar.Type.FLOAT;
            } else {
                type = Node.Scalar.Type.STRING;
            }
            return new Node.Scalar(s.getValue(), type, at(s));
        }
    }
}
