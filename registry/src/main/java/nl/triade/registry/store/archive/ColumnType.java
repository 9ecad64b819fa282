package nl.triade.registry.store.archive;

import java.sql.Types;
import java.util.Optional;
import java.util.Set;

/**
 * The two kinds of value an archive holds, named as the archive spells them: whole numbers and
 * text (JSON columns travel as their text). Nothing engine-specific, so an archive written from
 * SQLite loads into PostgreSQL and back.
 */
enum ColumnType {
    INTEGER("integer"),
    TEXT("text");

    private static final Set<Integer> WHOLE_NUMBERS = Set.of(Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT);
    private static final Set<Integer> TEXTS = Set.of(Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR,
            Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);
    private static final Set<String> JSON_TYPES = Set.of("json", "jsonb");

    private final String spelling;

    ColumnType(String spelling) {
        this.spelling = spelling;
    }

    String spelling() {
        return spelling;
    }

    static Optional<ColumnType> of(int jdbcType, String typeName) {
        if (WHOLE_NUMBERS.contains(jdbcType)) {
            return Optional.of(INTEGER);
        }
        if (TEXTS.contains(jdbcType) || jdbcType == Types.OTHER && JSON_TYPES.contains(typeName.toLowerCase())) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    static ColumnType parse(String spelling) {
        for (ColumnType type : values()) {
            if (type.spelling.equals(spelling)) {
                return type;
            }
        }
        throw new ArchiveRefused("the archive names a column type '" + spelling + "'; this version knows integer and text");
    }
}
