package nl.triade.registry.store.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An archive read back line by line, each line at most {@value #LONGEST_LINE} bytes (the largest
 * document the server accepts is a few MB of JSON; a longer line is a damaged or hostile archive,
 * not a reason to fill the memory). A damaged gzip stream or a line that is not a JSON object is
 * {@link ArchiveRefused}, naming the line.
 */
final class ArchiveLines implements AutoCloseable {
    static final int LONGEST_LINE = 64 * 1024 * 1024;
    private final InputStream in;
    private final ObjectMapper json = new ObjectMapper();
    private long number;

    private ArchiveLines(InputStream in) {
        this.in = in;
    }

    static ArchiveLines open(Path archive) {
        try {
            return new ArchiveLines(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16));
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefused(archive + " is not a gzip file, so not a Triade archive");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archive, e);
        }
    }

    long number() {
        return number;
    }

    /** The next line as a JSON object; refused at the end of the archive, since the header said how many lines follow. */
    JsonNode next() {
        String line = text();
        if (line == null) {
            throw new ArchiveRefused("the archive ends at line " + number + ", before the rows its header counts: it is cut short");
        }
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw new ArchiveRefused("line " + number + " of the archive is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ArchiveRefused("line " + number + " of the archive is not JSON: " + e.getOriginalMessage());
        }
    }

    /** True when nothing follows the last line. */
    boolean atEnd() {
        return text() == null;
    }

    private String text() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int next = in.read();
            if (next < 0) {
                return null;
            }
            while (next >= 0 && next != '\n') {
                if (line.size() == LONGEST_LINE) {
                    throw new ArchiveRefused("line " + (number + 1) + " of the archive is longer than " + LONGEST_LINE + " bytes");
                }
                line.write(next);
                next = in.read();
            }
        } catch (ZipException | EOFException e) {
            throw new ArchiveRefused("the archive is damaged or cut short after line " + number + " (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the archive", e);
        }
        number++;
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
