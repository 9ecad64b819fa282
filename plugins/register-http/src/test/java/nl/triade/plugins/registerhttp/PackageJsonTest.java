package nl.triade.plugins.registerhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PackageFile;
import nl.triade.spi.SubmissionPackage;
import org.junit.jupiter.api.Test;

class PackageJsonTest {

    @Test
    void theBodyCarriesEveryFileOfTheEvidencePackByNameWithItsExactText() throws Exception {
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "submitted", 1, 5, "a".repeat(64), "Titel", null,
                null, null, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), List.of());
        String manifest = "triade-package/1\nsubmission=sub_1\n";
        SubmissionPackage submission = new SubmissionPackage("sub_1", document, "a".repeat(64), "{\"title\":\"Tïtel\"}", List.of(),
                List.of(), List.of(new PackageFile("content.json", "{\"title\":\"Tïtel\"}"), new PackageFile("manifest.txt", manifest)));

        JsonNode body = new ObjectMapper().readTree(PackageJson.write(submission));

        assertEquals(List.of("content.json", "manifest.txt"), names(body.get("evidence").fieldNames()));
        assertEquals("{\"title\":\"Tïtel\"}", body.get("evidence").get("content.json").asText());
        assertEquals(manifest, body.get("evidence").get("manifest.txt").asText());
        assertEquals("sub_1", body.get("submissionId").asText());
    }

    private static List<String> names(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
