package nl.triade.registry.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifest's signed bytes are a format of their own: pinned here, and read back only in exactly this form. */
class PackageManifestTest {
    private static final String HASH = "76941df3193d1bacc542f8fb88b4389ca117bb62cdf2fa80ac9d4f206901a83c";
    private static final String GOLDEN = "triade-package/2\n"
            + "submission=sub_1\n"
            + "document=doc_1\n"
            + "revision=5\n"
            + "contentHash=" + HASH + "\n"
            + "key=04fe970ed75f0ffd\n"
            + HASH + "  content.json\n"
            + "e3ab41bdf92857a99047dd2ea135a01205e51fe293880a6f70607fb151f6c06a  key.pem\n";

    private static PackageManifest manifest() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content.json", HASH);
        files.put("key.pem", "e3ab41bdf92857a99047dd2ea135a01205e51fe293880a6f70607fb151f6c06a");
        return new PackageManifest(2, "sub_1", "doc_1", 5, HASH, "04fe970ed75f0ffd", files);
    }

    @Test
    void theSignedTextIsTheHeaderThenOneSha256sumLinePerFile() {
        assertEquals(GOLDEN, manifest().text());
    }

    @Test
    void theTextReadsBackAsTheSameManifest() {
        assertEquals(Optional.of(manifest()), PackageManifest.parse(GOLDEN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"triade-package/2\n|triade-package/3\n", "triade-package/2\n|triade-package/0\n", "submission=sub_1\n|submission: sub_1\n",
            "revision=5\n|revision=five\n", "revision=5\n|", "key=04fe970ed75f0ffd\n|key=04fe970ed75f0ffd\n\n",
            "  content.json|content.json", "  key.pem| key.pem"})
    void aTextInAnyOtherFormIsNoManifest(String change) {
        String[] fromTo = change.split("\\|", -1);
        String altered = GOLDEN.replace(fromTo[0], fromTo[1]);
        assertTrue(!altered.equals(GOLDEN) && PackageManifest.parse(altered).isEmpty(), altered);
    }

    /** Packs written before a pack held a single checkpoint still read, as version 1. */
    @Test
    void aVersionOneManifestStillReadsAsVersionOne() {
        String earlier = GOLDEN.replace("triade-package/2\n", "triade-package/1\n");
        PackageManifest read = PackageManifest.parse(earlier).orElseThrow();
        assertEquals(1, read.version());
        assertEquals(earlier, read.text());
    }

    @Test
    void aTextWithoutItsLastLineFeedOrWithASecondEntryForAFileIsNoManifest() {
        assertTrue(PackageManifest.parse(GOLDEN.substring(0, GOLDEN.length() - 1)).isEmpty());
        assertTrue(PackageManifest.parse(GOLDEN + HASH + "  content.json\n").isEmpty());
        assertTrue(PackageManifest.parse(GOLDEN + HASH.toUpperCase() + "  other.json\n").isEmpty());
        assertTrue(PackageManifest.parse(GOLDEN + HASH + "  ../escape.json\n").isEmpty());
    }
}
