package nl.triade.registry.http.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.domain.document.Revision;
import nl.triade.registry.domain.document.RevisionSnapshot;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.Timeline;

/** Response bodies named like the spec's schemas; optional values are written as null, never left out. */
final class DocumentResponses {
    private DocumentResponses() {
    }

    /** Schema {@code Document}. */
    record DocumentResponse(String id, DocumentKind kind, DocumentStatus status, int version, int revision, String contentHash,
                            String title, String condition, String summary, String patientVersion,
                            MaintenancePlan maintenancePlan, List<Timeline> timelines, String standardId, Purpose purpose,
                            String workInstruction, LocalDate reviewBy, List<Participant> participants,
                            List<SectionResponse> sections, List<IndicatorResponse> indicators, List<Evidence> evidence,
                            List<AbsenceStatement> absences, Instant consultationClosesAt, Integer frozenRevision, String frozenContentHash,
                            Instant createdAt, Instant updatedAt) {

        static DocumentResponse of(Document document) {
            DocumentContent content = document.content();
            DocumentFields fields = content.fields();
            return new DocumentResponse(document.id(), document.kind(), document.status(), document.version(),
                    document.revision(), document.contentHash(), fields.title(), fields.condition(), fields.summary(),
                    fields.patientVersion(), fields.maintenancePlan(), fields.timelines(), fields.standardId(),
                    fields.purpose(), fields.workInstruction(), fields.reviewBy(), content.participants(),
                    content.sections().stream().map(s -> SectionResponse.of(s, document.sectionRevision(s.key()))).toList(),
                    content.indicators().stream().map(i -> IndicatorResponse.of(i, document.indicatorRevision(i.key()))).toList(),
                    content.evidence(), content.absences(), document.workflow().consultationClosesAt(), document.workflow().frozenRevision(),
                    document.workflow().frozenHash(), document.createdAt(), document.updatedAt());
        }
    }

    /** Schema {@code Section}. */
    record SectionResponse(String key, String title, String body, int revision) {
        static SectionResponse of(Section section, int revision) {
            return new SectionResponse(section.key(), section.title(), section.body(), revision);
        }
    }

    /** Schema {@code Indicator}. */
    record IndicatorResponse(String key, String title, IndicatorType type, String numerator, String denominator,
                             String exclusions, String dataSource, String unit, String period, int revision) {
        static IndicatorResponse of(Indicator indicator, int revision) {
            return new IndicatorResponse(indicator.key(), indicator.title(), indicator.type(), indicator.numerator(),
                    indicator.denominator(), indicator.exclusions(), indicator.dataSource(), indicator.unit(),
                    indicator.period(), revision);
        }
    }

    /** Schema {@code DocumentContent}: what a revision snapshots and its hash covers. */
    record ContentResponse(DocumentKind kind, String title, String condition, String summary, String patientVersion,
                           MaintenancePlan maintenancePlan, List<Timeline> timelines, String standardId, Purpose purpose,
                           String workInstruction, LocalDate reviewBy, List<Participant> participants,
                           List<Section> sections, List<Indicator> indicators, List<Evidence> evidence,
                           List<AbsenceStatement> absences) {
        static ContentResponse of(DocumentContent content) {
            DocumentFields fields = content.fields();
            return new ContentResponse(content.kind(), fields.title(), fields.condition(), fields.summary(),
                    fields.patientVersion(), fields.maintenancePlan(), fields.timelines(), fields.standardId(),
                    fields.purpose(), fields.workInstruction(), fields.reviewBy(), content.participants(),
                    content.sections(), content.indicators(), content.evidence(), content.absences());
        }
    }

    /** Schema {@code RevisionDetail}. */
    record RevisionDetail(int number, String contentHash, String author, String organisation, Instant at, String note,
                          ContentResponse content) {
        static RevisionDetail of(RevisionSnapshot snapshot) {
            Revision revision = snapshot.revision();
            return new RevisionDetail(revision.number(), revision.contentHash(), revision.author(), revision.organisation(),
                    revision.at(), revision.note(), ContentResponse.of(snapshot.content()));
        }
    }
}
