package nl.triade.registry.domain.document;

import java.time.LocalDate;

/** Bundled patient experience or other support for the text, optionally tied to one section. */
public record Evidence(String id, EvidenceType type, String title, String summary, Integer respondents,
                       LocalDate collectedOn, String sectionKey) {
}
