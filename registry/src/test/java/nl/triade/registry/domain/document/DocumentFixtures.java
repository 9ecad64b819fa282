package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small documents for rule tests, built from plain values. */
final class DocumentFixtures {
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private DocumentFixtures() {
    }

    static DocumentFields fields(String title) {
        return new DocumentFields(title, "diabetes", "Samenvatting", null, null, List.of(), null, null, null, null);
    }

    static DocumentContent content(List<Section> sections) {
        return new DocumentContent(DocumentKind.STANDARD, fields("Diabetes"),
                List.of(new Participant("patienten", ParticipantRole.AUTHOR, null),
                        new Participant("artsen", ParticipantRole.COMMENTER, null)),
                sections, List.of(), List.of());
    }

    static Document document(DocumentStatus status) {
        DocumentContent content = content(List.of(new Section("zorg", "Zorg", "tekst")));
        return new Document("doc_1", 1, status, 3, content.hash(), content, Map.of("zorg", 2), Map.of(), Workflow.NONE, NOW, NOW);
    }
}
