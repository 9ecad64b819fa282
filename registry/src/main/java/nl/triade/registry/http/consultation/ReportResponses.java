package nl.triade.registry.http.consultation;

import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.consultation.ConsultationRound;
import nl.triade.registry.domain.consultation.ReportEntry;
import nl.triade.registry.domain.consultation.ReportPage;
import nl.triade.registry.domain.consultation.RoundEnding;
import nl.triade.registry.domain.consultation.RoundList;
import nl.triade.registry.domain.consultation.RoundSummary;
import nl.triade.registry.domain.consultation.Speaker;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.review.Disposition;

/** The JSON shapes of consultation rounds and reports, named like the spec's schemas. */
final class ReportResponses {
    private ReportResponses() {
    }

    /** Schema {@code ConsultationRound}. */
    record RoundResponse(int round, Instant openedAt, int openedOnRevision, Instant closesAt, Instant closedAt,
                         Integer closedOnRevision, RoundEnding ending, Integer edition, int comments) {
        static RoundResponse of(RoundSummary summary) {
            ConsultationRound round = summary.round();
            return new RoundResponse(round.number(), round.openedAt(), round.openedOnRevision(), round.closesAt(), round.closedAt(),
                    round.closedOnRevision(), round.ending(), summary.edition(), summary.comments());
        }
    }

    /** Schema {@code ConsultationRoundList}. */
    record RoundListResponse(List<RoundResponse> items, String next, int commentsOutside) {
        static RoundListResponse of(RoundList list) {
            return new RoundListResponse(list.rounds().stream().map(RoundResponse::of).toList(), null, list.commentsOutside());
        }
    }

    /** Schema {@code ReportOrganisation}. */
    record OrganisationRef(String slug, String name, OrganisationKind kind) {
    }

    /** Schema {@code ReportAccount}. */
    record AccountRef(String id, String name) {
    }

    /** Schema {@code ReportSpeaker}: the organisation always, the account only for readers who see names. */
    record SpeakerResponse(OrganisationRef organisation, AccountRef account) {
        static SpeakerResponse of(Speaker speaker) {
            if (speaker == null) {
                return null;
            }
            return new SpeakerResponse(new OrganisationRef(speaker.organisation(), speaker.organisationName(), speaker.organisationKind()),
                    speaker.account() == null ? null : new AccountRef(speaker.account(), speaker.accountName()));
        }
    }

    /** Schema {@code ReportSection}. */
    record SectionRef(String key, String title) {
    }

    /** Schema {@code ConsultationReportEntry}. */
    record EntryResponse(Integer round, Integer edition, String comment, String thread, String replyTo, int revision,
                         SectionRef section, SpeakerResponse commenter, String source, String body, Instant createdAt,
                         CommentStatus status, Disposition disposition, String rationale, SpeakerResponse answeredBy,
                         Instant answeredAt) {
        static EntryResponse of(ReportEntry entry) {
            return new EntryResponse(entry.round(), entry.edition(), entry.comment(), entry.thread(), entry.replyTo(),
                    entry.revision(), entry.sectionKey() == null ? null : new SectionRef(entry.sectionKey(), entry.sectionTitle()),
                    SpeakerResponse.of(entry.commenter()), entry.source(), entry.body(), entry.createdAt(), entry.status(),
                    entry.disposition(), entry.rationale(), SpeakerResponse.of(entry.answeredBy()), entry.answeredAt());
        }
    }

    /** Schema {@code ConsultationReport}. */
    record ReportResponse(String document, String title, List<RoundResponse> rounds, boolean namesShown,
                          List<EntryResponse> items, String next) {
        static ReportResponse of(ReportPage page) {
            return new ReportResponse(page.documentId(), page.title(), page.rounds().stream().map(RoundResponse::of).toList(),
                    page.namesShown(), page.entries().stream().map(EntryResponse::of).toList(), page.next());
        }
    }
}
