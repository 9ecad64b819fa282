package nl.triade.registry.store.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;

/**
 * Writes the whole database to one archive: a gzip of JSON lines, the {@link ArchiveHeader header}
 * first, then per table (in foreign-key order) a line {@code {"table": name}} and one line per row,
 * rows ordered by primary key, members sorted by column name, values typed as integer, text or null.
 * Canonical: the same registry gives the same bytes (Java's gzip header carries no time or name).
 * Everything is read in one read transaction, so a running server can be backed up live and the
 * archive is one moment of it; rows are streamed, never a table held in memory.
 */
public final class ArchiveExport {
    private static final int FETCH = 500;
    private final ObjectMapper json = new ObjectMapper();

    /** Writes the archive of the database at {@code url} to {@code out} (which it closes) and says what it wrote. */
    public ArchiveSummary write(String url, Duration wait, OutputStream out) {
        ArchiveEngine engine = ArchiveEngine.of(url);
        engine.requireExisting(url);
        return engine.connect(url, wait).inTransaction(handle -> {
            engine.readOneSnapshot(handle);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out, 1 << 16), StandardCharsets.UTF_8))) {
                return write(handle, engine, writer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the archive", e);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
            }
        });
    }

    private ArchiveSummary write(Handle handle, ArchiveEngine engine, Writer writer) throws SQLException, IOException {
        MigrationVersion version = SchemaVersions.current(handle)
                .orElseThrow(() -> new ArchiveRefused("the database has no schema yet: there is nothing to export"));
        List<Table> tables = SchemaTables.read(handle.getConnection());
        List<ArchiveHeader.TableEntry> entries = new ArrayList<>();
        for (Table table : tables) {
            long rows = handle.createQuery("SELECT COUNT(*) FROM " + Table.quoted(table.name())).mapTo(Long.class).one();
            entries.add(new ArchiveHeader.TableEntry(table.name(), rows, table.columns().stream()
                    .map(column -> new ArchiveHeader.Column(column.name(), column.type())).toList()));
        }
        ArchiveHeader header = new ArchiveHeader(version.getVersion(), head(handle), entries);
        line(writer, header.toJson(json));
        for (Table table : tables) {
            line(writer, json.createObjectNode().put("table", table.name()));
            rows(handle, engine, table, writer);
        }
        return new ArchiveSummary(header.schemaVersion(), header.head() == null ? 0 : header.head().seq(), entries.stream()
                .map(entry -> new ArchiveSummary.TableRows(entry.name(), entry.rows())).toList());
    }

    private static ArchiveHeader.Head head(Handle handle) {
        return handle.createQuery("SELECT seq, hash, at FROM events ORDER BY seq DESC LIMIT 1")
                .map((row, context) -> new ArchiveHeader.Head(row.getLong("seq"), row.getString("hash"), row.getString("at")))
                .findOne()
                .orElse(null);
    }

    private void rows(Handle handle, ArchiveEngine engine, Table table, Writer writer) throws SQLException, IOException {
        String columns = table.columns().stream().map(column -> Table.quoted(column.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().stream()
                .map(key -> engine.ordered(table.columns().stream().filter(column -> column.name().equals(key)).findFirst().orElseThrow()))
                .collect(Collectors.joining(", "));
        try (PreparedStatement select = handle.getConnection().prepareStatement(
                "SELECT " + columns + " FROM " + Table.quoted(table.name()) + " ORDER BY " + order)) {
            select.setFetchSize(FETCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    line(writer, row(table, rows));
                }
            }
        }
    }

    private ObjectNode row(Table table, ResultSet rows) throws SQLException {
        ObjectNode row = json.createObjectNode();
        for (Column column : table.columns()) {
            if (column.type() == ColumnType.INTEGER) {
                long value = rows.getLong(column.name());
                if (rows.wasNull()) {
                    row.putNull(column.name());
                } else {
                    row.put(column.name(), value);
                }
            } else {
                row.put(column.name(), rows.getString(column.name()));
            }
        }
        return row;
    }

    private void line(Writer writer, ObjectNode node) throws IOException {
        writer.write(json.writeValueAsString(node));
        writer.write('\n');
    }
}
