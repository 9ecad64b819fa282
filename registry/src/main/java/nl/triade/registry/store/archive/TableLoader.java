package nl.triade.registry.store.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Inserts one table's rows from the archive in batches, each value checked against its column's
 * type. A column that refers to its own table (an organisation's umbrella, a comment's reply) is
 * inserted empty and set once the whole table is in, so the rows' order never breaks a foreign key
 * on an engine that checks each statement at once.
 */
final class TableLoader {
    private static final int BATCH = 500;
    private final Connection connection;

    TableLoader(Connection connection) {
        this.connection = connection;
    }

    void load(Table table, long rows, ArchiveLines lines) throws SQLException {
        List<Column> columns = table.columns();
        String insert = "INSERT INTO " + Table.quoted(table.name()) + " ("
                + columns.stream().map(column -> Table.quoted(column.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(Column::placeholder).collect(Collectors.joining(", ")) + ")";
        List<JsonNode> laterReferences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (long loaded = 0; loaded < rows; loaded++) {
                JsonNode row = lines.next();
                String where = "table " + table.name() + ", line " + lines.number() + " of the archive";
                if (row.size() != columns.size()) {
                    throw new ArchiveRefused(where + ": a row has " + row.size() + " values for " + columns.size() + " columns");
                }
                for (int index = 0; index < columns.size(); index++) {
                    Column column = columns.get(index);
                    boolean later = table.selfReferences().contains(column.name());
                    bind(statement, index + 1, column, later ? null : value(row, column, where));
                }
                if (!table.selfReferences().isEmpty()) {
                    laterReferences.add(keyAndReferences(table, row));
                }
                statement.addBatch();
                if ((loaded + 1) % BATCH == 0) {
                    execute(statement, table);
                }
            }
            execute(statement, table);
        }
        setReferences(table, laterReferences);
    }

    private void setReferences(Table table, List<JsonNode> rows) throws SQLException {
        for (String reference : table.selfReferences()) {
            Column column = table.columns().stream().filter(candidate -> candidate.name().equals(reference)).findFirst().orElseThrow();
            String update = "UPDATE " + Table.quoted(table.name()) + " SET " + Table.quoted(reference) + " = " + column.placeholder()
                    + " WHERE " + table.primaryKey().stream().map(key -> Table.quoted(key) + " = ?").collect(Collectors.joining(" AND "));
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (JsonNode row : rows) {
                    if (row.path(reference).isNull()) {
                        continue;
                    }
                    String where = "table " + table.name() + ", column " + reference;
                    bind(statement, 1, column, value(row, column, where));
                    int index = 2;
                    for (String key : table.primaryKey()) {
                        Column keyColumn = table.columns().stream().filter(candidate -> candidate.name().equals(key)).findFirst().orElseThrow();
                        bind(statement, index++, keyColumn, value(row, keyColumn, where));
                    }
                    statement.addBatch();
                }
                execute(statement, table);
            }
        }
    }

    /** Only what the second pass needs of a row, so a table of long comments is not kept whole. */
    private static JsonNode keyAndReferences(Table table, JsonNode row) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        table.primaryKey().forEach(key -> kept.set(key, row.get(key)));
        table.selfReferences().forEach(reference -> kept.set(reference, row.get(reference)));
        return kept;
    }

    /** The row's value for {@code column}: a whole number or text as the column's type says, or null. */
    private static Object value(JsonNode row, Column column, String where) {
        JsonNode value = row.get(column.name());
        if (value == null) {
            throw new ArchiveRefused(where + ": the row has no value for column " + column.name());
        }
        if (value.isNull()) {
            return null;
        }
        if (column.type() == ColumnType.INTEGER && value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (column.type() == ColumnType.TEXT && value.isTextual()) {
            return value.textValue();
        }
        throw new ArchiveRefused(where + ": column " + column.name() + " holds " + value.getNodeType().toString().toLowerCase()
                + ", not " + column.type().spelling());
    }

    private static void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof String text) {
            statement.setString(index, text);
        } else {
            statement.setNull(index, column.type() == ColumnType.INTEGER ? Types.BIGINT : Types.VARCHAR);
        }
    }

    private static void execute(PreparedStatement statement, Table table) {
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new ArchiveRefused("the rows of table " + table.name() + " do not fit the schema: " + e.getMessage());
        }
    }
}
