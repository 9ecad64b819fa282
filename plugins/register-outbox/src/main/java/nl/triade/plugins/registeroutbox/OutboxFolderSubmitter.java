package nl.triade.plugins.registeroutbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.triade.spi.PackageFile;
import nl.triade.spi.PluginContext;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;
import org.pf4j.Extension;

/**
 * Writes the package as a folder for manual upload to the Register: the files of its evidence pack
 * exactly as the host made them, among them {@code manifest.txt} with the SHA-256 of every other
 * file and {@code manifest.sig}, the registry's signature over it (README "Evidence pack"). A
 * package from a host before SPI 1.7.0 has no evidence pack; it is written as it was then:
 * {@code content.json} (the canonical JSON the content hash covers), {@code document.json},
 * {@code approvals.json}, {@code events.json} and a {@code manifest.json} with the SHA-256 of each file. The folder is
 * built under a temporary name and moved into place in one step, so a folder named after a
 * submission is always complete, and offering the same submission again changes nothing.
 */
@Extension
public final class OutboxFolderSubmitter implements RegisterSubmitter {
    static final String DIRECTORY = "directory";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Set<String> requiredSettings() {
        return Set.of(DIRECTORY);
    }

    @Override
    public SubmissionResult submit(SubmissionPackage submission, PluginContext context) {
        Path outbox = Path.of(context.setting(DIRECTORY));
        Path target = outbox.resolve(submission.submissionId());
        String reference = "outbox:" + submission.submissionId();
        if (Files.isDirectory(target)) {
            return SubmissionResult.delivered(reference, target.toString());
        }
        try {
            Files.createDirectories(outbox);
            Path partial = Files.createTempDirectory(outbox, ".partial-");
            if (submission.evidence().isEmpty()) {
                writeWithoutEvidence(submission, partial);
            } else {
                for (PackageFile file : submission.evidence()) {
                    Files.writeString(partial.resolve(plainName(file.name())), file.text(), StandardCharsets.UTF_8);
                }
            }
            move(partial, target);
            return SubmissionResult.delivered(reference, target.toString());
        } catch (IOException e) {
            return SubmissionResult.retryLater("cannot write to " + outbox + ": " + e.getMessage(), null);
        }
    }

    /** A name the host gave stays inside the package folder: a plain file name, nothing that climbs out. */
    private static String plainName(String name) throws IOException {
        if (!PLAIN_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IOException("the package names a file '" + name + "', which is no plain file name");
        }
        return name;
    }

    private static void writeWithoutEvidence(SubmissionPackage submission, Path partial) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content.json", submission.contentJson());
        files.put("document.json", JSON.writeValueAsString(submission.document()));
        files.put("approvals.json", JSON.writeValueAsString(submission.approvals()));
        files.put("events.json", JSON.writeValueAsString(submission.events()));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            Files.write(partial.resolve(file.getKey()), bytes);
            hashes.put(file.getKey(), sha256(bytes));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("submissionId", submission.submissionId());
        manifest.put("contentHash", submission.contentHash());
        manifest.put("sha256", hashes);
        Files.writeString(partial.resolve("manifest.json"), JSON.writeValueAsString(manifest));
    }

    /** Moves the finished folder into place; if another delivery of the same submission got there first, this copy goes. */
    private static void move(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        } catch (FileAlreadyExistsException e) {
            try (var files = Files.list(partial)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(partial);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
