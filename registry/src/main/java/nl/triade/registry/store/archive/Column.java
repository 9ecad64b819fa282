package nl.triade.registry.store.archive;

import java.sql.Types;

/**
 * A column as the database declares it: its archive type, and the engine's own type name, which a
 * load needs where the engine does not convert text by itself ({@code jsonb}).
 */
record Column(String name, ColumnType type, int jdbcType, String typeName) {

    /** The placeholder that binds this column's value in an INSERT. */
    String placeholder() {
        return jdbcType == Types.OTHER ? "CAST(? AS " + typeName + ")" : "?";
    }
}
