package nl.triade.registry.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.actor.OrganisationKind;

/**
 * Everything a document says, and nothing about its history: this is what a revision snapshots,
 * what {@code contentHash} covers and what authorities approve. Immutable; every change makes a
 * new instance. {@code absences} came later: left out of the hash while empty, and missing from
 * content stored before it, so earlier hashes still verify. Every record of the content model names
 * its components for the hash with {@link CanonicalJson.Name}: a fixed format that no Java rename
 * reaches (README, "Formats that never change by accident").
 */
public record DocumentContent(@CanonicalJson.Name("kind") DocumentKind kind,
                              @CanonicalJson.Name("fields") DocumentFields fields,
                              @CanonicalJson.Name("participants") List<Participant> participants,
                              @CanonicalJson.Name("sections") List<Section> sections,
                              @CanonicalJson.Name("indicators") List<Indicator> indicators,
                              @CanonicalJson.Name("evidence") List<Evidence> evidence,
                              @CanonicalJson.Name("absences") @CanonicalJson.OmitWhenEmpty List<AbsenceStatement> absences) {

    public DocumentContent {
        participants = List.copyOf(participants);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    /** Content without absence statements. */
    public DocumentContent(DocumentKind kind, DocumentFields fields, List<Participant> participants,
                           List<Section> sections, List<Indicator> indicators, List<Evidence> evidence) {
        this(kind, fields, participants, sections, indicators, evidence, List.of());
    }

    /** SHA-256 of the canonical JSON of this content. */
    public String hash() {
        return CanonicalJson.sha256(this);
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst();
    }

    public Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(indicator -> indicator.key().equals(key)).findFirst();
    }

    public Optional<Participant> participant(String organisation) {
        return participants.stream().filter(participant -> participant.organisation().equals(organisation)).findFirst();
    }

    public boolean hasAuthor(String organisation) {
        return participant(organisation).filter(participant -> participant.role() == ParticipantRole.AUTHOR).isPresent();
    }

    public DocumentContent withFields(DocumentFields newFields) {
        return new DocumentContent(kind, newFields, participants, sections, indicators, evidence, absences);
    }

    public DocumentContent withSection(Section section) {
        return new DocumentContent(kind, fields, participants,
                upsert(sections, section, s -> s.key().equals(section.key())), indicators, evidence, absences);
    }

    public DocumentContent withoutSection(String key) {
        return new DocumentContent(kind, fields, participants, remove(sections, s -> s.key().equals(key)), indicators, evidence,
                absences);
    }

    public DocumentContent withIndicator(Indicator indicator) {
        return new DocumentContent(kind, fields, participants, sections,
                upsert(indicators, indicator, i -> i.key().equals(indicator.key())), evidence, absences);
    }

    public DocumentContent withoutIndicator(String key) {
        return new DocumentContent(kind, fields, participants, sections, remove(indicators, i -> i.key().equals(key)), evidence,
                absences);
    }

    public DocumentContent withEvidence(Evidence item) {
        List<Evidence> more = new ArrayList<>(evidence);
        more.add(item);
        return new DocumentContent(kind, fields, participants, sections, indicators, more, absences);
    }

    public DocumentContent withoutEvidence(String id) {
        return new DocumentContent(kind, fields, participants, sections, indicators, remove(evidence, e -> e.id().equals(id)),
                absences);
    }

    public DocumentContent withParticipant(Participant participant) {
        return new DocumentContent(kind, fields,
                upsert(participants, participant, p -> p.organisation().equals(participant.organisation())),
                sections, indicators, evidence, absences);
    }

    public DocumentContent withoutParticipant(String organisation) {
        return new DocumentContent(kind, fields, remove(participants, p -> p.organisation().equals(organisation)),
                sections, indicators, evidence, absences);
    }

    public Optional<AbsenceStatement> absence(OrganisationKind party) {
        return absences.stream().filter(statement -> statement.party() == party).findFirst();
    }

    public DocumentContent withAbsence(AbsenceStatement statement) {
        return new DocumentContent(kind, fields, participants, sections, indicators, evidence,
                upsert(absences, statement, a -> a.party() == statement.party()));
    }

    public DocumentContent withoutAbsence(OrganisationKind party) {
        return new DocumentContent(kind, fields, participants, sections, indicators, evidence,
                remove(absences, a -> a.party() == party));
    }

    /** Replaces the matching element in place, keeping the order authors chose; appends a new one. */
    private static <T> List<T> upsert(List<T> items, T item, Predicate<T> same) {
        List<T> result = new ArrayList<>(items);
        for (int i = 0; i < result.size(); i++) {
            if (same.test(result.get(i))) {
                result.set(i, item);
                return result;
            }
        }
        result.add(item);
        return result;
    }

    private static <T> List<T> remove(List<T> items, Predicate<T> match) {
        return items.stream().filter(match.negate()).toList();
    }
}
