package nl.triade.registry.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.triade.registry.domain.audit.CheckpointKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code verify-package} on a folder made by someone hostile: every attempt is answered with one
 * clear {@code FAILED} line naming the file, never a stack trace, and nothing outside the folder is
 * read. The starting point is a real pack (test resource {@code evidence-pack-v1}, written by the
 * registry's submission worker); a forger re-signs what they changed with a key of their own, so
 * the checks behind the signature are reached too.
 */
class HostilePackageTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The starting point holds: a pack of version 1, written before a pack held a single checkpoint, still verifies. */
    @Test
    void theUntouchedPackOfVersionOneHolds() throws Exception {
        VerifyPackageRun result = VerifyPackageRun.of(copyOfPack());
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().startsWith("OK: package "), result.out());
        assertTrue(result.out().contains(" events with signed checkpoints, "), result.out());
    }

    @Test
    void aListedFileThatIsASymbolicLinkIsRefusedUnreadEvenWhenItPointsAtTheRightBytes() throws Exception {
        Path copy = copyOfPack();
        Path outside = Files.createTempDirectory("triade-outside").resolve("content.json");
        Files.move(copy.resolve("content.json"), outside);
        Files.createSymbolicLink(copy.resolve("content.json"), outside);
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: content.json: is a symbolic link"), result.err());
    }

    @Test
    void aKeyFileLinkedToAKeyOutsideTheFolderIsNotRead() throws Exception {
        Path copy = copyOfPack();
        Path outside = Files.createTempDirectory("triade-outside").resolve("key.pem");
        Files.move(copy.resolve("key.pem"), outside);
        Files.createSymbolicLink(copy.resolve("key.pem"), outside);
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: key.pem: is a symbolic link"), result.err());
    }

    @Test
    void anUnlistedSymbolicLinkToAFolderOutsideIsRefusedUnread() throws Exception {
        Path copy = copyOfPack();
        Files.createSymbolicLink(copy.resolve("elsewhere"), Path.of("/etc"));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: elsewhere: is a symbolic link"), result.err());
    }

    @Test
    void aFolderInPlaceOfAFileIsNoFile() throws Exception {
        Path copy = copyOfPack();
        Files.delete(copy.resolve("validation.json"));
        Files.createDirectory(copy.resolve("validation.json"));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: validation.json: is not a plain file", result.err().strip());
    }

    /** A file name in the manifest is one plain name: nothing that climbs out, starts with a dot or names a path. */
    @ParameterizedTest
    @ValueSource(strings = {"../content.json", "/etc/passwd", "sub/content.json", ".hidden", "..", "con tent.json",
            "content.json\u0000", "..\\content.json"})
    void aManifestNamingAFileOutsideTheFolderIsNoManifest(String name) throws Exception {
        Path copy = copyOfPack();
        CheckpointKey forger = CheckpointKey.generate();
        String manifest = Files.readString(copy.resolve("manifest.txt")).replace("  content.json\n", "  " + name + "\n");
        sign(copy, forger, manifest);
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: manifest.txt: not a triade-package/1 or /2 manifest", result.err().strip());
    }

    /** A pack's version says how many checkpoints it holds; one relabelled, even re-signed, does not pass for the other. */
    @Test
    void aPackOfVersionOneRelabelledAsVersionTwoFails() throws Exception {
        Path copy = copyOfPack();
        sign(copy, CheckpointKey.generate(), Files.readString(copy.resolve("manifest.txt")).replace("triade-package/1\n", "triade-package/2\n"));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: checkpoints.json: does not hold exactly one checkpoint, of the last event of events.json", result.err().strip());
    }

    @Test
    void aManifestNamingAFileTwiceIsNoManifest() throws Exception {
        Path copy = copyOfPack();
        String manifest = Files.readString(copy.resolve("manifest.txt"));
        String line = manifest.lines().filter(one -> one.endsWith("  events.json")).findFirst().orElseThrow();
        sign(copy, CheckpointKey.generate(), manifest + line + "\n");
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: manifest.txt: not a triade-package/1 or /2 manifest", result.err().strip());
    }

    @Test
    void aManifestNamingAFileTheFolderLacksFailsOnThatFile() throws Exception {
        Path copy = copyOfPack();
        Files.delete(copy.resolve("approvals.json"));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: approvals.json: is missing", result.err().strip());
    }

    @Test
    void aManifestLeavingOutAFileTheChecksNeedFailsOnThatFile() throws Exception {
        Path copy = copyOfPack();
        Files.delete(copy.resolve("validation.json"));
        String manifest = Files.readString(copy.resolve("manifest.txt"));
        sign(copy, CheckpointKey.generate(), manifest.lines().filter(line -> !line.endsWith("  validation.json"))
                .map(line -> line + "\n").reduce("", String::concat));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: validation.json: is missing", result.err().strip());
    }

    @Test
    void aHugeManifestIsRefusedUnread() throws Exception {
        Path copy = copyOfPack();
        String line = "0".repeat(64) + "  content.json\n";
        Files.writeString(copy.resolve("manifest.txt"), Files.readString(copy.resolve("manifest.txt")) + line.repeat(20_000));
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: manifest.txt: is larger than " + PackFiles.LARGEST_MANIFEST + " bytes", result.err().strip());
    }

    @Test
    void aHugeFileIsRefusedUnread() throws Exception {
        Path copy = copyOfPack();
        try (RandomAccessFile file = new RandomAccessFile(copy.resolve("events.json").toFile(), "rw")) {
            file.setLength(PackFiles.LARGEST_FILE + 1);
        }
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: events.json: is larger than " + PackFiles.LARGEST_FILE + " bytes", result.err().strip());
    }

    @Test
    void aFolderOfManyFilesIsRefusedUnread() throws Exception {
        Path copy = copyOfPack();
        for (int i = 0; i < PackFiles.MOST_ENTRIES; i++) {
            Files.writeString(copy.resolve("extra-" + i), "");
        }
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: " + copy + ": holds more than " + PackFiles.MOST_ENTRIES + " entries"), result.err());
    }

    @Test
    void anotherKeyIsNamedAsSuch() throws Exception {
        Path copy = copyOfPack();
        Path key = Files.writeString(Files.createTempFile("triade-key", ".pem"), CheckpointKey.generate().publicKeyPem());
        VerifyPackageRun result = VerifyPackageRun.of(copy, "--key", key.toString());
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: manifest.txt: names key "), result.err());
        assertTrue(result.err().contains(", but the key given is "), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "empty", "not base64", "one bit off"})
    void aSignatureThatIsNotTheKeysFails(String how) throws Exception {
        Path copy = copyOfPack();
        String signature = Files.readString(copy.resolve("manifest.sig")).strip();
        String broken = switch (how) {
            case "truncated" -> signature.substring(0, signature.length() / 2);
            case "empty" -> "";
            case "not base64" -> "!!" + signature.substring(2);
            default -> (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        };
        Files.writeString(copy.resolve("manifest.sig"), broken + "\n");
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertTrue(result.err().startsWith("FAILED: manifest.sig: is not key "), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"checkpoints.json", "events.json", "approvals.json", "consultation-report.json", "document.json",
            "validation.json"})
    void aFileOfTheWrongShapeSignedAnewFailsClearly(String file) throws Exception {
        for (String shape : List.of("{}", "{\"0\": {}}", "[]", "[null]", "[1]", "[[]]", "\"text\"", "null", "7", "[" .repeat(5000))) {
            Path copy = copyOfPack();
            Files.writeString(copy.resolve(file), shape);
            resign(copy, CheckpointKey.generate());
            VerifyPackageRun result = VerifyPackageRun.of(copy);
            assertEquals(1, result.status(), file + " as " + shape + ": " + result.out());
            assertTrue(result.err().startsWith("FAILED: "), file + " as " + shape + ": " + result.err());
        }
    }

    @Test
    void checkpointsAsAnObjectWithOneMemberPerEventFailClearly() throws Exception {
        Path copy = copyOfPack();
        ObjectNode checkpoints = JSON.createObjectNode();
        JSON.readTree(copy.resolve("events.json").toFile()).forEach(event -> checkpoints.set(event.get("seq").asText(), event));
        Files.writeString(copy.resolve("checkpoints.json"), JSON.writeValueAsString(checkpoints));
        resign(copy, CheckpointKey.generate());
        VerifyPackageRun result = VerifyPackageRun.of(copy);
        assertEquals(1, result.status(), result.out());
        assertEquals("FAILED: checkpoints.json: does not hold exactly one checkpoint per event of events.json", result.err().strip());
    }

    /**
     * Seeded random changes to the JSON files (a member removed, a value of another type), each pack
     * re-signed throughout by a forger: every one is answered with a verdict, never an exception.
     */
    @Test
    void randomChangesSignedAnewAreAnsweredWithAVerdict() throws Exception {
        Random random = new Random(20261130);
        List<String> files = List.of("checkpoints.json", "events.json", "approvals.json", "consultation-report.json",
                "document.json", "validation.json");
        for (int round = 0; round < 300; round++) {
            Path copy = copyOfPack();
            String file = files.get(random.nextInt(files.size()));
            JsonNode tree = JSON.readTree(copy.resolve(file).toFile());
            Files.writeString(copy.resolve(file), JSON.writeValueAsString(mutated(tree, random)));
            resign(copy, CheckpointKey.generate());
            PackageVerdict verdict = PackageVerifier.verifyWithItsOwnKey(copy);
            assertTrue(verdict.message() != null && !verdict.message().isBlank(), file + ": " + verdict);
        }
    }

    /** One node somewhere in {@code tree} replaced by a value of another kind, or removed. */
    private static JsonNode mutated(JsonNode tree, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        if (containers.isEmpty()) {
            return randomValue(random);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (random.nextBoolean()) {
                object.remove(name);
            } else {
                object.set(name, randomValue(random));
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.remove(index);
            } else {
                array.set(index, randomValue(random));
            }
        }
        return tree;
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && node.size() > 0) {
            containers.add(node);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), containers);
            }
        }
    }

    private static JsonNode randomValue(Random random) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (random.nextInt(8)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.numberNode(random.nextLong());
            case 2 -> nodes.numberNode(-1);
            case 3 -> nodes.textNode("");
            case 4 -> nodes.textNode("2026-13-45T99:99:99Z");
            case 5 -> nodes.booleanNode(random.nextBoolean());
            case 6 -> nodes.arrayNode().add(nodes.objectNode());
            default -> nodes.objectNode().put("seq", random.nextInt(3));
        };
    }

    /** The manifest text as given, signed by {@code forger}, whose key the pack then carries. */
    private static void sign(Path folder, CheckpointKey forger, String manifest) throws Exception {
        Files.writeString(folder.resolve("key.pem"), forger.publicKeyPem());
        String keyed = manifest.replaceFirst("\nkey=[^\n]*\n", "\nkey=" + forger.keyId() + "\n")
                .replaceFirst("[0-9a-f]{64}  key\\.pem\n", sha256(folder.resolve("key.pem")) + "  key.pem\n");
        Files.writeString(folder.resolve("manifest.txt"), keyed);
        Files.writeString(folder.resolve("manifest.sig"), forger.signature(keyed.getBytes(StandardCharsets.UTF_8)) + "\n");
    }

    /** The forger's signatures anew: the checkpoints where they still read as such (else they stay broken as they are), the manifest. */
    private static void resign(Path folder, CheckpointKey forger) throws Exception {
        try {
            PackForger.resignCheckpoints(folder, forger);
        } catch (IOException | ClassCastException | NullPointerException | DateTimeParseException e) {
            // checkpoints the forger broke on purpose stay as they are
        }
        PackForger.resignManifest(folder, forger);
    }

    private static String sha256(Path file) throws IOException {
        return PackForger.sha256(Files.readAllBytes(file));
    }

    static Path copyOfPack() throws IOException, URISyntaxException {
        Path pack = Path.of(HostilePackageTest.class.getResource("/evidence-pack-v1").toURI());
        Path copy = Files.createTempDirectory("triade-hostile-pack");
        try (Stream<Path> files = Files.list(pack)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
