package nl.triade.registry.store.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.triade.registry.store.document.SearchIndexRebuild;

/**
 * The schema's tables read from the database's own metadata (JDBC, so the same code reads SQLite
 * and PostgreSQL), in foreign-key order: a table comes after every table it refers to, ties by
 * name. Left out: Flyway's history (the target is migrated, not copied), the search index (derived
 * from the documents, rebuilt after a load), the counts of changes that tell caches when to start
 * afresh (a target's migration begins them, and its triggers count the load) and the engine's own
 * tables.
 */
final class SchemaTables {
    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private static final String CHANGE_COUNTS = "change_counts";

    private SchemaTables() {
    }

    /** The names of the tables an archive carries, in no particular order; cheap, for checking that a target is empty. */
    static Set<String> names(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (carried(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static boolean hasFlywayHistory(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), FLYWAY_HISTORY, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equals(FLYWAY_HISTORY)) {
                    return true;
                }
            }
            return false;
        }
    }

    static List<Table> read(Connection connection) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> refersTo = new HashMap<>();
        for (String name : names(connection)) {
            Set<String> others = new TreeSet<>();
            tables.put(name, table(connection, name, others));
            refersTo.put(name, others);
        }
        return inForeignKeyOrder(tables, refersTo);
    }

    private static boolean carried(String name) {
        return !name.equalsIgnoreCase(FLYWAY_HISTORY) && !name.equalsIgnoreCase(CHANGE_COUNTS) && !name.startsWith("sqlite_")
                && !SearchIndexRebuild.isIndexTable(name);
    }

    private static Table table(Connection connection, String name, Set<String> refersTo) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        List<Column> columns = new ArrayList<>();
        // a name is a LIKE pattern here, in which '_' matches any character: only exact names count
        try (ResultSet rows = metadata.getColumns(catalog, schema, name, "%")) {
            while (rows.next()) {
                if (!rows.getString("TABLE_NAME").equals(name) || SearchIndexRebuild.isIndexColumn(rows.getString("TYPE_NAME"))) {
                    continue;
                }
                String column = rows.getString("COLUMN_NAME");
                int jdbcType = rows.getInt("DATA_TYPE");
                String typeName = rows.getString("TYPE_NAME");
                ColumnType type = ColumnType.of(jdbcType, typeName).orElseThrow(() -> new IllegalStateException(
                        "column " + name + "." + column + " has type " + typeName + ", which an archive cannot carry"));
                columns.add(new Column(column, type, jdbcType, typeName));
            }
        }
        columns.sort(Comparator.comparing(Column::name));
        Map<Integer, String> key = new TreeMap<>();
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, name)) {
            while (rows.next()) {
                key.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
            }
        }
        List<String> selfReferences = new ArrayList<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, schema, name)) {
            while (rows.next()) {
                String target = rows.getString("PKTABLE_NAME");
                if (target.equals(name)) {
                    selfReferences.add(rows.getString("FKCOLUMN_NAME"));
                } else {
                    refersTo.add(target);
                }
            }
        }
        List<String> primaryKey = key.isEmpty() ? columns.stream().map(Column::name).toList() : List.copyOf(key.values());
        return new Table(name, columns, primaryKey, selfReferences.stream().distinct().sorted().toList());
    }

    private static List<Table> inForeignKeyOrder(Map<String, Table> tables, Map<String, Set<String>> refersTo) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < tables.size()) {
            String next = tables.keySet().stream()
                    .filter(name -> !placed.contains(name))
                    .filter(name -> refersTo.get(name).stream().allMatch(other -> placed.contains(other) || !tables.containsKey(other)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the tables' foreign keys form a cycle; an archive needs an order"));
            placed.add(next);
            ordered.add(tables.get(next));
        }
        return ordered;
    }
}
