package org.radsim.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The data dictionary of a folder: {@code datapackage.json}, a Frictionless Data Package (v2) whose resources are
 * the folder's CSV tables, each with its Table Schema: every column's name, type, unit, description, the missing
 * value marker ({@link Csv#MISSING}) and the primary key. This class writes the file; what each column means
 * comes from {@code org.radsim.core.run.DataDictionary} (results, compare and sweep folders) or from the caller
 * (other folder types call {@link #write} with their own table descriptions).
 */
public final class DataPackage {

    /** File name of the data dictionary. */
    public static final String FILE = "datapackage.json";
    /** The Data Package profile the dictionary follows. */
    public static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

    /**
     * One column.
     *
     * @param name        column name
     * @param type        Table Schema type: {@code integer}, {@code number}, {@code string}, {@code boolean},
     *                    {@code any}
     * @param description what the column holds
     * @param unit        unit of a number, or "" (written as the field property {@code unit})
     */
    public record Field(String name, String type, String description, String unit) {
        /** A field without a unit. */
        public static Field of(String name, String type, String description) {
            return new Field(name, type, description, "");
        }
    }

    /**
     * One table of the folder.
     *
     * @param path        file name relative to the folder
     * @param description what one row is
     * @param fields      every column, in file order
     * @param primaryKey  columns that identify a row
     */
    public record Table(String path, String description, List<Field> fields, List<String> primaryKey) {
        public Table {
            fields = List.copyOf(fields);
            primaryKey = List.copyOf(primaryKey);
        }
    }

    /** A column that has no description. */
    public static final class UndescribedColumnException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        public UndescribedColumnException(String message) {
            super(message);
        }
    }

    private DataPackage() {
    }

    /** Writes {@code dir/datapackage.json} describing {@code tables} (atomically). */
    public static void write(Path dir, String name, String title, List<Table> tables) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("$schema", PROFILE);
        root.put("name", slug(name));
        root.put("title", title);
        ArrayNode res = root.putArray("resources");
        for (Table t : tables) {
            ObjectNode r = res.addObject();
            r.put("name", slug(t.path().replaceFirst("\\.csv$", "")));
            r.put("path", t.path());
            r.put("type", "table");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            r.put("description", t.description());
            ObjectNode d = r.putObject("dialect");
            d.put("header", true);
            d.put("delimiter", ",");
            d.put("lineTerminator", Csv.EOL);
            d.put("quoteChar", "\"");
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (Field f : t.fields()) {
                ObjectNode o = fields.addObject();
                o.put("name", f.name());
                o.put("type", f.type());
                o.put("description", f.description());
                if (!f.unit().isEmpty()) {
                    o.put("unit", f.unit());
                }
                if (f.type().equals("boolean")) {
                    o.putArray("trueValues").add("true");
                    o.putArray("falseValues").add("false");
                }
            }
            schema.putArray("missingValues").add(Csv.MISSING);
            if (!t.primaryKey().isEmpty()) {
                ArrayNode pk = schema.putArray("primaryKey");
                t.primaryKey().forEach(pk::add);
            }
        }
        try {
            Files.createDirectories(dir);
            AtomicFile.writeString(dir.resolve(FILE), json.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Data Package name: lower case letters, digits and {@code -._}. */
    private static String slug(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return t.isEmpty() ? "radsim" : t;
    }
}
