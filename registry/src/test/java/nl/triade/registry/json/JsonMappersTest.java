package nl.triade.registry.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.document.EvidenceType;
import nl.triade.registry.domain.document.Section;
import org.junit.jupiter.api.Test;

class JsonMappersTest {
    private final ObjectMapper store = JsonMappers.create();
    private final ObjectMapper wire = JsonMappers.forTheWire(store);

    record Wrapper(Object value) {
    }

    /** A content record whose Java names were renamed after its canonical names were fixed. */
    record Renamed(@CanonicalJson.Name("title") String heading, @CanonicalJson.Name("body") String text) {
    }

    @Test
    void theWireRefusesADomainRecordWhereverItIs() {
        Section section = new Section("zorg", "Zorg", "tekst");
        for (Object body : List.of(section, List.of(section), Map.of("part", section), new Wrapper(section))) {
            JsonProcessingException refusal = assertThrows(JsonProcessingException.class, () -> wire.writeValueAsString(body));
            assertTrue(refusal.getMessage().contains(Section.class.getName()), refusal.getMessage());
        }
    }

    @Test
    void theWireWritesDomainEnumsInTheirWireSpellingAndItsOwnRecords() throws JsonProcessingException {
        assertEquals("{\"value\":\"focus-group\"}", wire.writeValueAsString(new Wrapper(EvidenceType.FOCUS_GROUP)));
    }

    @Test
    void theStoreReadsAndWritesARecordUnderItsCanonicalNamesSoStoredPartsSurviveARename() throws JsonProcessingException {
        assertEquals("{\"title\":\"Zorg\",\"body\":\"tekst\"}", store.writeValueAsString(new Renamed("Zorg", "tekst")));
        assertEquals(new Renamed("Zorg", "tekst"), store.readValue("{\"title\":\"Zorg\",\"body\":\"tekst\"}", Renamed.class));
    }

    @Test
    void theStoreStillWritesDomainRecords() throws JsonProcessingException {
        assertEquals("{\"key\":\"zorg\",\"title\":\"Zorg\",\"body\":\"tekst\"}",
                store.writeValueAsString(new Section("zorg", "Zorg", "tekst")));
    }
}
