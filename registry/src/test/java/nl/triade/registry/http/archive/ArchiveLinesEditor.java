package nl.triade.registry.http.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads an archive's lines and writes an edited copy, as someone tampering with a backup would. */
final class ArchiveLinesEditor {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveLinesEditor() {
    }

    static List<String> lines(Path archive) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(archive)),
                StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code archive} in which the first row of {@code table} that {@code edit} changes is
     * changed (edit answers null for a row it leaves alone).
     */
    static Path withFirstRowEdited(Path archive, String table, UnaryOperator<ObjectNode> edit, Path copy) {
        List<String> lines = lines(archive);
        boolean inTable = false;
        boolean edited = false;
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(copy)), StandardCharsets.UTF_8)) {
            for (String line : lines) {
                ObjectNode node = (ObjectNode) JSON.readTree(line);
                if (node.size() == 1 && node.has("table")) {
                    inTable = node.get("table").asText().equals(table);
                } else if (inTable && !edited) {
                    ObjectNode changed = edit.apply(node.deepCopy());
                    if (changed != null) {
                        line = JSON.writeValueAsString(changed);
                        edited = true;
                    }
                }
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!edited) {
            throw new IllegalArgumentException("no row of " + table + " was edited");
        }
        return copy;
    }

    static Path withHeaderEdited(Path archive, UnaryOperator<ObjectNode> edit, Path copy) {
        List<String> lines = lines(archive);
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(copy)), StandardCharsets.UTF_8)) {
            writer.write(JSON.writeValueAsString(edit.apply((ObjectNode) JSON.readTree(lines.get(0)))));
            writer.write('\n');
            for (String line : lines.subList(1, lines.size())) {
                writer.write(line);
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
