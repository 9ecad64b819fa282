package nl.triade.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The two bare endpoints, each started as a JVM of its own on this benchmark's classpath, with default JVM options. */
final class Baselines implements AutoCloseable {
    private final ServerProcess json;
    private final ServerProcess insert;

    private Baselines(ServerProcess json, ServerProcess insert) {
        this.json = json;
        this.insert = insert;
    }

    /** The JSON endpoint serving {@code documentJson}; the insert endpoint writing to the database at {@code insertUrl}. */
    static Baselines start(Path folder, byte[] documentJson, String insertUrl) throws IOException, InterruptedException {
        Path document = Files.write(folder.resolve("document.json"), documentJson);
        int jsonPort = ServerProcess.freePort();
        ServerProcess json = ServerProcess.start(command(BareJsonEndpoint.class, jsonPort, document.toString()), Map.of(), jsonPort,
                "/document", folder.resolve("bare-json.log"));
        try {
            int insertPort = ServerProcess.freePort();
            return new Baselines(json, ServerProcess.start(command(BareInsertEndpoint.class, insertPort, insertUrl),
                    Map.of(), insertPort, "/ready", folder.resolve("bare-insert.log")));
        } catch (IOException | RuntimeException e) {
            json.close();
            throw e;
        }
    }

    private static List<String> command(Class<?> main, int port, String argument) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), main.getName(), String.valueOf(port), argument);
    }

    ServerProcess json() {
        return json;
    }

    ServerProcess insert() {
        return insert;
    }

    @Override
    public void close() throws InterruptedException {
        try {
            json.close();
        } finally {
            insert.close();
        }
    }
}
