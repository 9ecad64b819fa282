package nl.triade.registry.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.triade.registry.Main;
import nl.triade.registry.domain.account.TokenSecrets;

/**
 * {@code class-archive}: writes {@code triade.jsa} beside {@code triade.jar}, the class-data archive (AppCDS) that a
 * start given {@code -XX:SharedArchiveFile=triade.jsa} maps instead of loading and verifying some 7,000 classes one by
 * one: the largest part of a start (README, Performance). It runs the jar once more in a JVM of its own under
 * {@code -XX:ArchiveClassesAtExit}, where {@link ClassArchiveRun} starts the registry on a throwaway database with the
 * plugins of {@code TRIADE_PLUGINS_DIR}, serves a few requests and stops. The build runs it after packaging; an
 * operator runs it again where the jar is installed, since the JVM accepts an archive only for the jar it was made of,
 * at the path it was made at, and otherwise starts without it (with a warning).
 */
public final class ClassArchiveCommand {
    public static final String NAME = "class-archive";
    private static final long LONGEST_RUN_MINUTES = 5;

    private ClassArchiveCommand() {
    }

    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("usage: triade " + NAME + "   (writes triade.jsa beside triade.jar; start with -XX:SharedArchiveFile=triade.jsa)");
            return 2;
        }
        Path jar;
        try {
            jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            err.println("triade " + NAME + ": cannot tell where triade.jar is: " + e.getMessage());
            return 1;
        }
        if (!Files.isRegularFile(jar)) {
            err.println("triade " + NAME + ": runs from triade.jar (java -jar triade.jar " + NAME + "), not from " + jar);
            return 2;
        }
        Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
        try {
            return write(jar, archive, environment, out, err);
        } catch (IOException e) {
            err.println("triade " + NAME + ": failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("triade " + NAME + ": interrupted");
            return 1;
        }
    }

    private static int write(Path jar, Path archive, Map<String, String> environment, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("triade-class-archive");
        try {
            Path partial = work.resolve("triade.jsa");
            Path log = work.resolve("run.log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:ArchiveClassesAtExit=" + partial, "-cp", jar.toString(), ClassArchiveRun.class.getName())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the deployment's plugins and their settings, on a database and keys of the run's own
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.environment().put("TRIADE_DB_URL", "jdbc:sqlite:" + work.resolve("registry.db"));
            builder.environment().put("TRIADE_KEYS_DIR", work.resolve("keys").toString());
            builder.environment().put("TRIADE_PORT", "0");
            builder.environment().put("TRIADE_ADMIN_TOKEN", TokenSecrets.newSecret());
            Process process = builder.start();
            if (!process.waitFor(LONGEST_RUN_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                err.println("triade " + NAME + ": the run did not end within " + LONGEST_RUN_MINUTES + " minutes; its output:");
                err.println(Files.readString(log, StandardCharsets.UTF_8));
                return 1;
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(partial)) {
                err.println("triade " + NAME + ": the run ended with " + process.exitValue() + " and no archive; its output:");
                err.println(Files.readString(log, StandardCharsets.UTF_8));
                return 1;
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
            out.println("wrote " + archive + " (" + Files.size(archive) / (1024 * 1024) + " MB); start with -XX:SharedArchiveFile="
                    + archive);
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
