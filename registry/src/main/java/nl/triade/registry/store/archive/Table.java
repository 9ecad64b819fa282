package nl.triade.registry.store.archive;

import java.util.List;

/**
 * A table of the schema as an archive sees it: columns sorted by name (an engine's column order
 * depends on the order of its migrations), its primary key (the rows' order), and the columns that
 * refer to the same table (loaded in a second pass, so the rows' order never matters to them).
 */
record Table(String name, List<Column> columns, List<String> primaryKey, List<String> selfReferences) {

    Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        selfReferences = List.copyOf(selfReferences);
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
