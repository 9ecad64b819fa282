package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * A crash in the middle of group commits: a server process takes comments from many clients at
 * once, is killed with {@code kill -9} while they keep coming, and is started again on the same
 * database. Every comment it acknowledged is there, and the audit chain verifies: nothing was
 * answered {@code 201} before its batch was durable. On SQLite (a file the killed process had open,
 * its WAL left behind) and on PostgreSQL.
 */
class GroupCommitCrashIT {
    private static final int CLIENTS = 8;
    /** Enough acknowledged comments before the kill that batches of several have certainly formed. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @Test
    void onSqliteEveryAcknowledgedWriteSurvivesAKillDuringBatches() throws Exception {
        Path folder = emptyFolder("sqlite");
        crashAndCheck(folder, "jdbc:sqlite:" + folder.resolve("triade.db"));
    }

    @Test
    void onPostgresqlEveryAcknowledgedWriteSurvivesAKillDuringBatches() throws Exception {
        try (SharedDatabase database = SharedDatabase.chosen()) {
            crashAndCheck(emptyFolder("postgresql"), database.jdbcUrl());
        }
    }

    private static void crashAndCheck(Path folder, String databaseUrl) throws InterruptedException, ExecutionException {
        Map<String, String> environment = environment(folder, databaseUrl);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String token;
        String document;
        try (ServerProcess first = ServerProcess.start("before-kill", folder, environment)) {
            Parties parties = new Parties(first);
            parties.organisation("longpatienten", "patient");
            token = parties.token("longpatienten", "member");
            document = first.as(token).post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD"))
                    .json().get("id").asText();
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    String name = "client " + client;
                    running.add(clients.submit(() -> comment(first, token, document, name, killed, acknowledged)));
                }
                Eventually.until(ACKNOWLEDGED_BEFORE_KILL + " comments acknowledged", () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL);
                killed.set(true);
                assertEquals(137, first.kill(), "killed with SIGKILL");
                for (Future<?> client : running) {
                    Eventually.until("the clients stop", client::isDone);
                    client.get();
                }
            } finally {
                clients.shutdownNow();
            }
        }
        try (ServerProcess second = ServerProcess.start("after-kill", folder, environment)) {
            Set<String> stored = allComments(second, token, document);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged comments lost in the crash (of " + acknowledged.size() + ")");
            JsonNode verdict = second.admin().get("/api/v1/events/verify").json();
            assertTrue(verdict.get("valid").asBoolean(), verdict.toString());
        }
    }

    /** Posts comments one after the other until the server is gone; a {@code 201} is an acknowledged comment. */
    private static void comment(ServerProcess server, String token, String document, String client, AtomicBoolean killed,
                                Set<String> acknowledged) {
        for (int n = 0; ; n++) {
            String body = client + " opmerking " + n;
            ApiResponse response;
            try {
                response = server.as(token).post("/api/v1/documents/" + document + "/comments", Map.of("body", body));
            } catch (UncheckedIOException gone) {
                if (killed.get()) {
                    return;
                }
                throw gone;
            }
            if (response.status() == 201) {
                acknowledged.add(body);
            } else if (!killed.get()) {
                throw new AssertionError(body + " was refused: " + response);
            }
        }
    }

    private static Set<String> allComments(ServerProcess server, String token, String document) {
        Set<String> bodies = new HashSet<>();
        String cursor = null;
        do {
            String page = "/api/v1/documents/" + document + "/comments?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode listed = server.as(token).get(page).json();
            listed.get("items").forEach(comment -> bodies.add(comment.get("body").asText()));
            cursor = listed.get("next").isNull() ? null : listed.get("next").asText();
        } while (cursor != null);
        return bodies;
    }

    private static Map<String, String> environment(Path folder, String databaseUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TRIADE_PORT", "0");
        environment.put("TRIADE_DB_URL", databaseUrl);
        environment.put("TRIADE_KEYS_DIR", folder.resolve("keys").toString());
        environment.put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        environment.put("TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        environment.put("TRIADE_RATE_LIMITS", "off");
        environment.put("TRIADE_REQUEST_WAIT_MS", "5000");
        return environment;
    }

    /** A folder of its own beside the two-instance rounds', with an empty plugins folder: no plugin is needed. */
    private static Path emptyFolder(String name) {
        Path folder = TwoInstancesIT.emptyFolder("group-commit-crash-" + name);
        try {
            return Files.createDirectories(folder.resolve("plugins")).getParent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
