package nl.triade.registry.store.archive;

import java.util.List;

/** What an archive holds, as an export or an import reports it: the schema version, the chain's head, the rows per table. */
public record ArchiveSummary(String schemaVersion, long headSeq, List<TableRows> tables) {

    public ArchiveSummary {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }

    public record TableRows(String table, long rows) {
    }
}
