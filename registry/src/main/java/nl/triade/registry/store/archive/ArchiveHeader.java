package nl.triade.registry.store.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive's first line: its format, the schema version its rows were read at, the head of the
 * audit chain (the registry "as of" that event, instead of the moment of export, so the same
 * registry always gives the same bytes), and each table with its columns and row count, in the
 * order the rows follow. Members are written sorted by name, as every line of the archive.
 */
record ArchiveHeader(String schemaVersion, Head head, List<TableEntry> tables) {
    static final String FORMAT = "triade-archive/1";

    ArchiveHeader {
        tables = List.copyOf(tables);
    }

    /** The last event when the archive was read, or null for a registry without events. */
    record Head(long seq, String hash, String at) {
    }

    record TableEntry(String name, long rows, List<Column> columns) {
        TableEntry {
            columns = List.copyOf(columns);
        }
    }

    /** The header's columns carry only their archive type; the engine's own type is the target's business. */
    record Column(String name, ColumnType type) {
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode header = json.createObjectNode();
        header.put("format", FORMAT);
        if (head == null) {
            header.putNull("head");
        } else {
            header.putObject("head").put("at", head.at()).put("hash", head.hash()).put("seq", head.seq());
        }
        header.put("schemaVersion", schemaVersion);
        ArrayNode list = header.putArray("tables");
        for (TableEntry table : tables) {
            ObjectNode entry = list.addObject();
            ArrayNode columns = entry.putArray("columns");
            table.columns().forEach(column -> columns.addObject().put("name", column.name()).put("type", column.type().spelling()));
            entry.put("name", table.name());
            entry.put("rows", table.rows());
        }
        return header;
    }

    static ArchiveHeader fromJson(JsonNode header) {
        if (!FORMAT.equals(header.path("format").asText(null))) {
            throw new ArchiveRefused("this is not a Triade archive of format " + FORMAT + " (its first line says format "
                    + header.path("format") + ")");
        }
        String version = header.path("schemaVersion").asText("");
        if (!version.matches("\\d+(\\.\\d+)*")) {
            throw new ArchiveRefused("the archive's header has no schemaVersion");
        }
        JsonNode head = header.path("head");
        Head parsedHead = head.isObject() ? new Head(head.path("seq").asLong(), head.path("hash").asText(), head.path("at").asText()) : null;
        List<TableEntry> tables = new ArrayList<>();
        for (JsonNode table : header.path("tables")) {
            List<Column> columns = new ArrayList<>();
            for (JsonNode column : table.path("columns")) {
                columns.add(new Column(column.path("name").asText(), ColumnType.parse(column.path("type").asText())));
            }
            if (!table.path("name").isTextual() || !table.path("rows").canConvertToLong() || table.path("rows").asLong() < 0) {
                throw new ArchiveRefused("the archive's header lists a table without a name or a row count");
            }
            tables.add(new TableEntry(table.path("name").asText(), table.path("rows").asLong(), columns));
        }
        return new ArchiveHeader(version, parsedHead, tables);
    }
}
