package nl.triade.registry.http.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Moving house with the demo registry: exported with {@code export} (live, and once stopped),
 * imported with {@code import} into a new, empty database, and served again. A person who moves
 * sees the same documents, revisions, content hashes, comments and approvals, an intact chain, and
 * signs in with the token they had; the archive of the new house is the archive of the old one,
 * byte for byte. What was tampered with, or a target that is not empty, is refused and leaves the
 * target as it was.
 */
class MovingHouseTest {
    private static final String ADMINISTRATOR = "demo-administrator";
    private static final String ANNA = "demo-diabetesvereniging-org-admin";
    private static Path folder;
    private static Path archive;
    private static Path liveArchive;
    private static Path sourceKeys;
    private static Map<String, JsonNode> before;

    @BeforeAll
    static void exportTheDemoRegistry() throws IOException {
        folder = Files.createTempDirectory("triade-archives");
        archive = folder.resolve("demo.triade");
        liveArchive = folder.resolve("live.triade");
        Map<String, String> source;
        try (RunningRegistry demo = RunningRegistry.start(true, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                folder.resolve("outbox").toString(), "TRIADE_RATE_LIMITS", "off"), "toetsingskader", "patient-perspective",
                "insurer-review", "register-outbox", "webhook")) {
            source = Map.of("TRIADE_DB_URL", demo.jdbcUrl(), "TRIADE_KEYS_DIR", folder.resolve("export-needs-no-keys").toString());
            exportWhileAnnaWrites(demo, source);
            before = views(demo);
            sourceKeys = demo.keysFolder();
        }
        CommandOutcome exported = CommandOutcome.export(source, archive);
        assertEquals(0, exported.status(), exported.toString());
        assertTrue(exported.out().startsWith("exported "), exported.toString());
    }

    /** The live backup is taken while documents are being created, each with its revision, participants and event. */
    private static void exportWhileAnnaWrites(RunningRegistry demo, Map<String, String> source) {
        AtomicBoolean exporting = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread anna = new Thread(() -> {
            while (exporting.get()) {
                ApiResponse created = demo.as(ANNA).post("/api/v1/documents", Map.of("kind", "standard",
                        "title", "Tijdens de back-up " + written.incrementAndGet()));
                assertEquals(201, created.status(), created.body());
            }
        }, "anna-writes");
        anna.start();
        Eventually.until("Anna has created documents", () -> written.get() >= 3);
        CommandOutcome live = CommandOutcome.export(source, liveArchive);
        exporting.set(false);
        try {
            anna.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(0, live.status(), live.toString());
    }

    @Test
    void theNewHouseServesWhatTheOldOneServed() {
        TargetDatabase target = TargetDatabase.fresh();
        CommandOutcome imported = CommandOutcome.load(target.environment(), archive);
        assertEquals(0, imported.status(), imported.toString());
        assertTrue(imported.out().contains("the chain and every content hash verified"), imported.toString());
        try (RunningRegistry moved = target.start()) {
            Map<String, JsonNode> after = views(moved);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, body) -> assertEquals(body, after.get(path), path));
            JsonNode me = moved.as(ANNA).get("/api/v1/me").json();
            assertEquals("anna@diabetesvereniging.demo", me.get("email").asText(), me.toString());
        }
    }

    @Test
    void theArchiveOfTheNewHouseIsTheArchiveOfTheOldOneByteForByte() throws IOException {
        TargetDatabase target = TargetDatabase.fresh();
        assertEquals(0, CommandOutcome.load(target.environment(), archive).status());
        Path again = folder.resolve("again-" + System.nanoTime() + ".triade");
        CommandOutcome exported = CommandOutcome.export(target.environment(), again);
        assertEquals(0, exported.status(), exported.toString());
        assertArrayEquals(Files.readAllBytes(archive), Files.readAllBytes(again));
    }

    @Test
    void aLiveBackupOfARunningServerIsOneMomentThatVerifies() {
        CommandOutcome imported = CommandOutcome.load(TargetDatabase.fresh().environment(), liveArchive);
        assertEquals(0, imported.status(), imported.toString());
    }

    @Test
    void aTamperedRevisionIsRefusedNamingItsRowAndLeavesTheTargetEmpty() {
        Path tampered = ArchiveLinesEditor.withFirstRowEdited(archive, "content_parts", row -> {
            String json = row.get("json").asText();
            return json.contains("\"body\":\"") ? row.put("json", json.replaceFirst("\"body\":\"", "\"body\":\"Niet besproken. ")) : null;
        }, folder.resolve("tampered-revision-" + System.nanoTime() + ".triade"));
        TargetDatabase target = TargetDatabase.fresh();
        CommandOutcome refused = CommandOutcome.load(target.environment(), tampered);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("nothing was imported: revisions (document_seq="), refused.toString());
        assertTrue(refused.err().contains("its content hashes to"), refused.toString());
        assertEquals(0, CommandOutcome.load(target.environment(), archive).status(), "the refused import left rows behind");
    }

    @Test
    void aTamperedEventIsRefusedNamingItsRowAndLeavesTheTargetEmpty() {
        Path tampered = ArchiveLinesEditor.withFirstRowEdited(archive, "events", row -> row.get("seq").asLong() == 3
                ? row.put("data", row.get("data").asText().replaceFirst("\\{", "{\"quietly\":\"added\",")) : null,
                folder.resolve("tampered-event-" + System.nanoTime() + ".triade"));
        TargetDatabase target = TargetDatabase.fresh();
        CommandOutcome refused = CommandOutcome.load(target.environment(), tampered);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("events (seq=3): the event's content does not match its hash (altered-event)"),
                refused.toString());
        assertEquals(0, CommandOutcome.load(target.environment(), archive).status(), "the refused import left rows behind");
    }

    /** Consistent in itself (the earlier content with its own hash), but not what the chain says revision n was. */
    @Test
    void aRevisionWoundBackToEarlierContentIsRefusedByTheChain() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<Long, JsonNode> firstOfDocument = new HashMap<>();
        JsonNode earlier = null;
        long rewound = 0;
        boolean inRevisions = false;
        for (String line : ArchiveLinesEditor.lines(archive)) {
            JsonNode node = json.readTree(line);
            if (node.size() == 1 && node.has("table")) {
                inRevisions = node.get("table").asText().equals("revisions");
            } else if (inRevisions && earlier == null) {
                JsonNode first = firstOfDocument.putIfAbsent(node.get("document_seq").asLong(), node);
                if (first != null && !first.get("content_hash").equals(node.get("content_hash"))) {
                    earlier = first;
                    rewound = node.get("number").asLong();
                }
            }
        }
        JsonNode original = earlier;
        long number = rewound;
        Path tampered = ArchiveLinesEditor.withFirstRowEdited(archive, "revisions", row -> row.get("document_seq").equals(
                original.get("document_seq")) && row.get("number").asLong() == number
                ? row.put("parts", original.get("parts").asText()).put("content_hash", original.get("content_hash").asText()) : null,
                folder.resolve("rewound-" + System.nanoTime() + ".triade"));
        CommandOutcome refused = CommandOutcome.load(TargetDatabase.fresh().environment(), tampered);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("revisions (document_seq=" + original.get("document_seq").asLong() + ", number=" + number + ": "),
                refused.toString());
        assertTrue(refused.err().contains("that event "), refused.toString());
    }

    @Test
    void aTargetWithAnyRowInItIsRefused() {
        TargetDatabase target = TargetDatabase.fresh();
        assertEquals(0, CommandOutcome.load(target.environment(), archive).status());
        CommandOutcome refused = CommandOutcome.load(target.environment(), archive);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("the target database is not empty (table "), refused.toString());
    }

    @Test
    void anArchiveOfANewerSchemaIsRefused() {
        Path newer = ArchiveLinesEditor.withHeaderEdited(archive, header -> header.put("schemaVersion", "999"),
                folder.resolve("newer-" + System.nanoTime() + ".triade"));
        CommandOutcome refused = CommandOutcome.load(TargetDatabase.fresh().environment(), newer);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("written at schema version 999, newer than this release's"), refused.toString());
    }

    @Test
    void theRestoreSaysWhatTheKeysFolderLacksAndIsQuietWithTheKeysRestored() throws IOException {
        CommandOutcome withoutKeys = CommandOutcome.load(TargetDatabase.fresh().environment(), archive);
        assertEquals(0, withoutKeys.status(), withoutKeys.toString());
        assertTrue(withoutKeys.err().contains("has no checkpoint key"), withoutKeys.toString());
        assertTrue(withoutKeys.err().contains("1 webhook subscription(s) hold secrets sealed with subscription-secrets.key"),
                withoutKeys.toString());

        TargetDatabase target = TargetDatabase.fresh();
        Files.createDirectories(target.keys());
        try (Stream<Path> keys = Files.list(sourceKeys)) {
            for (Path key : keys.toList()) {
                Files.copy(key, target.keys().resolve(key.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        CommandOutcome withKeys = CommandOutcome.load(target.environment(), archive);
        assertEquals(0, withKeys.status(), withKeys.toString());
        assertEquals("", withKeys.err());
    }

    @Test
    void withoutItsFileACommandExplainsItself() {
        CommandOutcome refused = CommandOutcome.load(TargetDatabase.fresh().environment(), folder.resolve("no-such.triade"));
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("is not a file"), refused.toString());
    }

    @Test
    @Tag("sqlite-only") // a PostgreSQL database that is not there is refused by the server, not by its name
    void anExportOfADatabaseThatIsNotThereIsRefusedAndMakesNone() {
        TargetDatabase nowhere = TargetDatabase.fresh();
        Path file = folder.resolve("nothing-" + System.nanoTime() + ".triade");
        CommandOutcome refused = CommandOutcome.export(nowhere.environment(), file);
        assertEquals(2, refused.status(), refused.toString());
        assertTrue(refused.err().contains("there is no database file " + nowhere.file()), refused.toString());
        assertFalse(Files.exists(nowhere.file()), "an empty database was made");
        assertFalse(Files.exists(file), "an archive was written");
    }

    @Test
    void anExportNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(folder.resolve("kept-" + System.nanoTime() + ".txt"), "kept");
        CommandOutcome refused = CommandOutcome.export(Map.of("TRIADE_DB_URL", "jdbc:sqlite:" + folder.resolve("any.db")), existing);
        assertEquals(2, refused.status(), refused.toString());
        assertEquals("kept", Files.readString(existing));
    }

    /** What a person sees of the registry: every document with its revisions, comments and approvals, search, and the chain. */
    static Map<String, JsonNode> views(RunningRegistry registry) {
        ApiClient administrator = registry.as(ADMINISTRATOR);
        Map<String, JsonNode> views = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(List.of("/api/v1/documents?limit=200", "/api/v1/documents?q=zwangerschapsdiabetes",
                "/api/v1/events/verify", "/api/v1/organisations?limit=200"));
        for (JsonNode document : administrator.get("/api/v1/documents?limit=200").json().get("items")) {
            String id = document.get("id").asText();
            paths.addAll(List.of("/api/v1/documents/" + id, "/api/v1/documents/" + id + "/revisions?limit=200",
                    "/api/v1/documents/" + id + "/comments?limit=200", "/api/v1/documents/" + id + "/approvals"));
        }
        for (String path : paths) {
            ApiResponse response = administrator.get(path);
            assertEquals(200, response.status(), path + ": " + response.body());
            views.put(path, response.json());
        }
        assertTrue(views.get("/api/v1/events/verify").get("valid").asBoolean(), views.get("/api/v1/events/verify").toString());
        assertEquals(1, views.get("/api/v1/documents?q=zwangerschapsdiabetes").get("items").size());
        return views;
    }
}
