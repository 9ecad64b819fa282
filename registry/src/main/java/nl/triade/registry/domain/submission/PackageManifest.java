package nl.triade.registry.domain.submission;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed table of contents of an evidence pack: which submission, document, revision and
 * content it is about, which key signs it, and the SHA-256 of every other file. The signed bytes
 * are exactly the text of {@link #FILE}, UTF-8, every line ending in a line feed:
 * <pre>
 * triade-package/2                     (or /1, written before the pack held a single checkpoint)
 * submission=&lt;submission id&gt;
 * document=&lt;document id&gt;
 * revision=&lt;frozen revision&gt;
 * contentHash=&lt;64 lower-case hex&gt;
 * key=&lt;key id&gt;
 * &lt;64 lower-case hex&gt;  &lt;file name&gt;      (one line per file, as sha256sum writes it)
 * </pre>
 * The file lines are what {@code sha256sum -c} reads, so a pack is checked by hand with standard
 * tools. The first line keeps a manifest's signature from ever passing for a checkpoint's.
 */
public record PackageManifest(int version, String submission, String document, int revision, String contentHash, String keyId,
                              Map<String, String> sha256) {
    /**
     * The version written now. 1: {@code checkpoints.json} holds a checkpoint for every event of the
     * chain proof; 2: one, of its last event (the submission's), which anchors the whole chain up to it.
     */
    public static final int VERSION = 2;
    public static final String FORMAT = "triade-package/";
    /** How a failure names the formats read. */
    public static final String FORMATS = "triade-package/1 or /2";
    public static final String FILE = "manifest.txt";
    public static final String SIGNATURE_FILE = "manifest.sig";
    private static final Pattern FILE_LINE = Pattern.compile("([0-9a-f]{64})  ([A-Za-z0-9_-][A-Za-z0-9._-]*)");
    private static final List<String> HEADER = List.of("submission", "document", "revision", "contentHash", "key");

    public PackageManifest {
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    public String text() {
        StringBuilder text = new StringBuilder(FORMAT).append(version).append('\n')
                .append("submission=").append(submission).append('\n')
                .append("document=").append(document).append('\n')
                .append("revision=").append(revision).append('\n')
                .append("contentHash=").append(contentHash).append('\n')
                .append("key=").append(keyId).append('\n');
        sha256.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
        return text.toString();
    }

    public byte[] signedBytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** The manifest {@code text} states, or empty when it is not one in exactly this format. */
    public static Optional<PackageManifest> parse(String text) {
        if (!text.endsWith("\n")) {
            return Optional.empty();
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < HEADER.size() + 1 || !(lines[0].equals(FORMAT + 1) || lines[0].equals(FORMAT + VERSION))) {
            return Optional.empty();
        }
        Map<String, String> header = new LinkedHashMap<>();
        for (int i = 0; i < HEADER.size(); i++) {
            String prefix = HEADER.get(i) + "=";
            if (!lines[i + 1].startsWith(prefix)) {
                return Optional.empty();
            }
            header.put(HEADER.get(i), lines[i + 1].substring(prefix.length()));
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = HEADER.size() + 1; i < lines.length; i++) {
            Matcher line = FILE_LINE.matcher(lines[i]);
            if (!line.matches() || files.put(line.group(2), line.group(1)) != null) {
                return Optional.empty();
            }
        }
        if (!header.get("revision").matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        PackageManifest manifest = new PackageManifest(Integer.parseInt(lines[0].substring(FORMAT.length())), header.get("submission"), header.get("document"),
                Integer.parseInt(header.get("revision")), header.get("contentHash"), header.get("key"), files);
        return manifest.text().equals(text) ? Optional.of(manifest) : Optional.empty();
    }
}
