package nl.triade.registry.domain.document;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Changing a document's addressable parts. Sections and indicators are guarded by their own
 * ETags; evidence and participants by the document's. Who may change which organisation's part is
 * {@link Participation}'s rule.
 */
public final class DocumentPartService {
    private final DocumentChanges changes;

    public DocumentPartService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.changes = new DocumentChanges(transactions, audit, time);
    }

    public PartResult<Section> putSection(Caller caller, String id, Section section, Precondition precondition, String note) {
        return changes.apply(caller, id, note, (store, current) -> {
            boolean exists = current.content().section(section.key()).isPresent();
            checkPart(precondition, exists, exists ? current.sectionRevision(section.key()) : 0, "section '" + section.key() + "'");
            return Change.ofContent(current.content().withSection(section), PartRevisions.section(section.key()),
                    exists ? EventType.SECTION_UPDATED : EventType.SECTION_CREATED, Map.of("key", section.key()),
                    document -> new PartResult<>(section, document.sectionRevision(section.key()), !exists));
        });
    }

    public void deleteSection(Caller caller, String id, String key, Precondition precondition, String note) {
        changes.apply(caller, id, note, (store, current) -> {
            current.content().section(key).orElseThrow(() -> new NotFoundException("section", key));
            Preconditions.checkExisting(precondition, current.sectionRevision(key), "section '" + key + "'");
            boolean cited = current.content().evidence().stream().anyMatch(evidence -> key.equals(evidence.sectionKey()));
            if (cited) {
                throw new RuleViolationException(Rule.SECTION_HAS_EVIDENCE, "evidence is attached to section '" + key
                        + "'; remove or move that evidence first");
            }
            return Change.ofContent(current.content().withoutSection(key), PartRevisions.NONE, EventType.SECTION_DELETED,
                    Map.of("key", key), document -> null);
        });
    }

    public PartResult<Indicator> putIndicator(Caller caller, String id, Indicator indicator, Precondition precondition,
                                              String note) {
        return changes.apply(caller, id, note, (store, current) -> {
            if (current.kind() != DocumentKind.INSTRUMENT) {
                throw new RuleViolationException(Rule.INSTRUMENT_ONLY, "only measurement instruments have indicators");
            }
            boolean exists = current.content().indicator(indicator.key()).isPresent();
            checkPart(precondition, exists, exists ? current.indicatorRevision(indicator.key()) : 0,
                    "indicator '" + indicator.key() + "'");
            return Change.ofContent(current.content().withIndicator(indicator), PartRevisions.indicator(indicator.key()),
                    exists ? EventType.INDICATOR_UPDATED : EventType.INDICATOR_CREATED, Map.of("key", indicator.key()),
                    document -> new PartResult<>(indicator, document.indicatorRevision(indicator.key()), !exists));
        });
    }

    public void deleteIndicator(Caller caller, String id, String key, Precondition precondition, String note) {
        changes.apply(caller, id, note, (store, current) -> {
            current.content().indicator(key).orElseThrow(() -> new NotFoundException("indicator", key));
            Preconditions.checkExisting(precondition, current.indicatorRevision(key), "indicator '" + key + "'");
            return Change.ofContent(current.content().withoutIndicator(key), PartRevisions.NONE, EventType.INDICATOR_DELETED,
                    Map.of("key", key), document -> null);
        });
    }

    /** {@code evidence.id()} is ignored; the registry assigns one. */
    public PartResult<Evidence> addEvidence(Caller caller, String id, Evidence evidence, Precondition precondition, String note) {
        Evidence stored = evidence.withId(Ids.next("ev"));
        return changes.apply(caller, id, note, (store, current) -> {
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            if (stored.sectionKey() != null && current.content().section(stored.sectionKey()).isEmpty()) {
                throw new InvalidInputException("sectionKey", Rule.MUST_EXIST, "the document has no section '" + stored.sectionKey() + "'");
            }
            return Change.ofContent(current.content().withEvidence(stored), PartRevisions.NONE, EventType.EVIDENCE_ADDED,
                    Map.of("evidence", stored.id(), "type", stored.type()), document -> new PartResult<>(stored, document.revision(), true));
        });
    }

    public void removeEvidence(Caller caller, String id, String evidenceId, Precondition precondition, String note) {
        changes.apply(caller, id, note, (store, current) -> {
            boolean exists = current.content().evidence().stream().anyMatch(evidence -> evidence.id().equals(evidenceId));
            if (!exists) {
                throw new NotFoundException("evidence", evidenceId);
            }
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            return Change.ofContent(current.content().withoutEvidence(evidenceId), PartRevisions.NONE, EventType.EVIDENCE_REMOVED,
                    Map.of("evidence", evidenceId), document -> null);
        });
    }

    public PartResult<Participant> putParticipant(Caller caller, String id, Participant participant,
                                                  Precondition precondition, String note) {
        if (participant.role() == ParticipantRole.DECLINED && (participant.motivation() == null || participant.motivation().isBlank())) {
            throw new InvalidInputException("motivation", Rule.REQUIRED, "a declining organisation must motivate why it does not take part");
        }
        Participant stored = participant.role() == ParticipantRole.DECLINED ? participant
                : new Participant(participant.organisation(), participant.role(), null);
        BiConsumer<Caller, Document> access = (who, document) -> Participation.check(who, document, stored.organisation(),
                stored.role());
        return changes.apply(caller, id, note, access, (store, current) -> {
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            if (!OrganisationDirectory.exists(store, stored.organisation())) {
                throw new InvalidInputException("organisation", Rule.MUST_EXIST, "organisation '" + stored.organisation() + "' does not exist");
            }
            Optional<Participant> before = current.content().participant(stored.organisation());
            DocumentContent next = current.content().withParticipant(stored);
            requireAnAuthor(next);
            return Change.ofContent(next, PartRevisions.NONE, EventType.PARTICIPANT_SET,
                    Map.of("organisation", stored.organisation(), "role", stored.role()),
                    document -> new PartResult<>(stored, document.revision(), before.isEmpty()));
        });
    }

    public void removeParticipant(Caller caller, String id, String organisation, Precondition precondition, String note) {
        BiConsumer<Caller, Document> access = (who, document) -> Participation.check(who, document, organisation, null);
        changes.apply(caller, id, note, access, (store, current) -> {
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            DocumentContent next = current.content().withoutParticipant(organisation);
            requireAnAuthor(next);
            return Change.ofContent(next, PartRevisions.NONE, EventType.PARTICIPANT_REMOVED, Map.of("organisation", organisation),
                    document -> null);
        });
    }

    /**
     * Records the authors' statement that {@code party} takes no part, attributed to the caller's
     * organisation and account. Refused while any organisation of that kind exists in Triade: that
     * organisation is to be invited, and only it declines for itself.
     */
    public PartResult<AbsenceStatement> putAbsence(Caller caller, String id, OrganisationKind party, String motivation,
                                                   Precondition precondition, String note) {
        if (!party.isCareParty()) {
            throw new InvalidInputException("party", Rule.CARE_PARTY, "absence statements are for patient, provider or insurer");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new InvalidInputException("motivation", Rule.REQUIRED, "an absence statement must motivate why the party is missing");
        }
        return changes.apply(caller, id, note, (store, current) -> {
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            if (OrganisationDirectory.kindsPresent(store).contains(party)) {
                throw new RuleViolationException(Rule.PARTY_IN_REGISTRY, "party", "an organisation of kind '" + WireNames.of(party)
                        + "' exists in Triade: invite it; only it may decline for itself");
            }
            boolean exists = current.content().absence(party).isPresent();
            AbsenceStatement statement = new AbsenceStatement(party, motivation, caller.organisation(), caller.accountId());
            return Change.ofContent(current.content().withAbsence(statement), PartRevisions.NONE, EventType.ABSENCE_RECORDED,
                    Map.of("party", party, "motivation", motivation),
                    document -> new PartResult<>(statement, document.revision(), !exists));
        });
    }

    public void removeAbsence(Caller caller, String id, OrganisationKind party, Precondition precondition, String note) {
        changes.apply(caller, id, note, (store, current) -> {
            current.content().absence(party).orElseThrow(() -> new NotFoundException("absence statement", WireNames.of(party)));
            Preconditions.checkExisting(precondition, current.revision(), "the document");
            return Change.ofContent(current.content().withoutAbsence(party), PartRevisions.NONE, EventType.ABSENCE_REMOVED,
                    Map.of("party", party), document -> null);
        });
    }

    private static void requireAnAuthor(DocumentContent content) {
        if (content.participants().stream().noneMatch(participant -> participant.role() == ParticipantRole.AUTHOR)) {
            throw new RuleViolationException(Rule.LAST_AUTHOR, "a document keeps at least one author organisation");
        }
    }

    private static void checkPart(Precondition precondition, boolean exists, int revision, String what) {
        if (exists) {
            Preconditions.checkExisting(precondition, revision, what);
        } else {
            Preconditions.checkAbsent(precondition, what);
        }
    }
}
