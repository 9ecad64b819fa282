package nl.triade.registry.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import nl.triade.registry.domain.audit.CheckpointKey;

/**
 * {@code verify-package <folder> [--key <public key file or URL>]}: prints one line and exits
 * {@code 0} when the package holds, {@code 1} naming the first failure when it does not, {@code 2}
 * when it was not asked properly. The key is a PEM file, or a URL answering either PEM or the
 * registry's {@code GET /api/v1/events/key} JSON; without one, the pack's own {@code key.pem} is used
 * and the answer says so.
 */
public final class VerifyPackageCommand {
    public static final String NAME = "verify-package";
    private static final String USAGE = "usage: " + NAME + " <package folder> [--key <public key PEM file or URL>]";
    private static final Duration KEY_FETCH_LIMIT = Duration.ofSeconds(10);
    private static final int LARGEST_KEY = 16 * 1024;

    private VerifyPackageCommand() {
    }

    /** Runs the command with {@code args} (after its name); returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!(args.size() == 1 || args.size() == 3 && args.get(1).equals("--key"))) {
            err.println(USAGE);
            return 2;
        }
        Path folder = Path.of(args.get(0));
        if (!Files.isDirectory(folder)) {
            err.println(NAME + ": " + folder + " is not a folder");
            return 2;
        }
        PackageVerdict verdict;
        if (args.size() == 1) {
            verdict = PackageVerifier.verifyWithItsOwnKey(folder);
        } else {
            PublicKey key;
            try {
                key = CheckpointKey.publicKeyFromPem(keyText(args.get(2)));
            } catch (IOException | IllegalArgumentException e) {
                err.println(NAME + ": cannot read the key " + args.get(2) + ": " + e.getMessage());
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                err.println(NAME + ": interrupted while fetching the key");
                return 2;
            }
            verdict = PackageVerifier.verify(folder, key);
        }
        (verdict.holds() ? out : err).println(verdict.holds() ? verdict.message() : "FAILED: " + verdict.message());
        return verdict.holds() ? 0 : 1;
    }

    private static String keyText(String source) throws IOException, InterruptedException {
        if (!source.startsWith("https://") && !source.startsWith("http://")) {
            Path file = Path.of(source);
            if (Files.size(file) > LARGEST_KEY) {
                throw new IOException("larger than a public key");
            }
            return Files.readString(file);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(KEY_FETCH_LIMIT).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(source)).timeout(KEY_FETCH_LIMIT).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] answer;
        try (InputStream stream = response.body()) {
            answer = stream.readNBytes(LARGEST_KEY + 1);
        }
        if (response.statusCode() != 200 || answer.length > LARGEST_KEY) {
            throw new IOException("the answer was " + response.statusCode() + (answer.length > LARGEST_KEY ? ", larger than a public key" : ""));
        }
        String body = new String(answer, StandardCharsets.UTF_8).strip();
        if (body.startsWith("{")) {
            JsonNode published = new ObjectMapper().readTree(body);
            return published.path("publicKey").asText();
        }
        return body;
    }
}
