package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Storage grows with the change, not with the document: 2,000 edits of one small section of a
 * document with 50 sections of 20 KB each, made through the API, grow the database (main file and
 * write-ahead log) by less than 20 MB, where full copies per revision would take 2 GB. Every
 * revision still reads back with its own text.
 */
@Tag("sqlite-only") // it measures the SQLite file
class RevisionStorageTest {
    private static final int EDITS = 2_000;
    private static final long MAX_GROWTH_BYTES = 20L * 1024 * 1024;
    // 2,000 edits by one account are the point here, not the write rate
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static ApiClient author;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        author = parties.as("longpatienten", "member");
    }

    /**
     * {@code length} random letters: text that does not compress or deduplicate. One word per
     * section, so that re-indexing the whole document for full-text search on every edit (the
     * per-edit CPU cost that remains, see README "Storage") does not dominate the run time; the
     * search index's size is part of what is measured all the same.
     */
    private static String text(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private long databaseBytes() throws IOException {
        Path file = Path.of(registry.jdbcUrl().substring("jdbc:sqlite:".length()));
        long bytes = Files.size(file);
        Path wal = Path.of(file + "-wal");
        return Files.exists(wal) ? bytes + Files.size(wal) : bytes;
    }

    @Test
    void twoThousandEditsOfOneSmallSectionGrowTheDatabaseByLessThanTwentyMegabytes() throws IOException {
        Random random = new Random(8);
        String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD")).json().get("id").asText();
        for (int i = 1; i <= 50; i++) {
            ApiResponse created = author.put("/api/v1/documents/" + id + "/sections/hoofdstuk-" + i,
                    Map.of("title", "Hoofdstuk " + i, "body", text(random, 20_000)), "If-None-Match", "*");
            assertEquals(201, created.status());
        }
        String etag = author.put("/api/v1/documents/" + id + "/sections/kern",
                Map.of("title", "Kern", "body", "versie 0"), "If-None-Match", "*").etag();
        long before = databaseBytes();
        long started = System.nanoTime();

        for (int edit = 1; edit <= EDITS; edit++) {
            ApiResponse changed = author.put("/api/v1/documents/" + id + "/sections/kern",
                    Map.of("title", "Kern", "body", "versie " + edit), "If-Match", etag);
            assertEquals(200, changed.status(), changed.body());
            etag = changed.etag();
        }

        long growth = databaseBytes() - before;
        System.out.printf("%d edits of one section in a 1 MB document: database grew by %.1f MB in %.1f s%n",
                EDITS, growth / 1e6, (System.nanoTime() - started) / 1e9);
        assertTrue(growth < MAX_GROWTH_BYTES, "the database grew by " + growth + " bytes");
        int last = 52 + EDITS;
        assertEquals("versie 1", sectionKern(id, 53));
        assertEquals("versie " + EDITS, sectionKern(id, last));
    }

    private static String sectionKern(String id, int revision) {
        ApiResponse snapshot = author.get("/api/v1/documents/" + id + "/revisions/" + revision);
        assertEquals(200, snapshot.status());
        for (var section : snapshot.json().get("content").get("sections")) {
            if (section.get("key").asText().equals("kern")) {
                return section.get("body").asText();
            }
        }
        throw new AssertionError("revision " + revision + " has no section kern");
    }
}
