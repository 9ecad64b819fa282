package nl.triade.registry.http.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentReading;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.DocumentSummary;
import nl.triade.registry.domain.document.EditionTimeline;
import nl.triade.registry.domain.document.ImprovementNotation;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.Purpose;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.Timeline;
import nl.triade.registry.domain.framework.ApplicableFramework;
import nl.triade.registry.domain.framework.Framework;
import nl.triade.registry.http.document.ContentResponses.AbsenceResponse;
import nl.triade.registry.http.document.ContentResponses.EvidenceResponse;
import nl.triade.registry.http.document.ContentResponses.FinancialImpactResponse;
import nl.triade.registry.http.document.ContentResponses.IndicatorContent;
import nl.triade.registry.http.document.ContentResponses.InformationStandardResponse;
import nl.triade.registry.http.document.ContentResponses.MaintenancePlanResponse;
import nl.triade.registry.http.document.ContentResponses.ParticipantResponse;
import nl.triade.registry.http.document.ContentResponses.SectionContent;
import nl.triade.registry.http.document.ContentResponses.TimelineResponse;

/** Response bodies named like the spec's schemas; optional values are written as null, never left out. */
final class DocumentResponses {
    private DocumentResponses() {
    }

    /** Schema {@code Document}. */
    record DocumentResponse(String id, DocumentKind kind, DocumentStatus status, int version, int revision, String contentHash,
                            String title, String condition, String summary, String patientVersion,
                            MaintenancePlanResponse maintenancePlan, List<TimelineResponse> timelines, String standardId,
                            Purpose purpose, String workInstruction, LocalDate reviewBy,
                            List<InformationStandardResponse> informationStandards, String informationStandardsNotNeeded,
                            FinancialImpactResponse financialImpact, Integer developedIn, List<ParticipantResponse> participants,
                            List<SectionResponse> sections, List<IndicatorResponse> indicators, List<EvidenceResponse> evidence,
                            List<AbsenceResponse> absences, List<OverdueTimelineResponse> overdueTimelines,
                            FrameworkResponse framework, Instant consultationClosesAt, Integer frozenRevision,
                            String frozenContentHash, KwaliteitsraadResponse kwaliteitsraad, Instant createdAt, Instant updatedAt) {

        /**
         * The document with, read in the same transaction, the tijdpaden of its editions in force past their due date (a
         * warning outside the content), the Toetsingskader version it is judged by (derived, read-only) and the
         * Kwaliteitsraad's mandate when the council writes the document for an agenda item.
         */
        static DocumentResponse of(DocumentReading reading) {
            Document document = reading.document();
            KwaliteitsraadMandate mandate = reading.mandate();
            DocumentContent content = document.content();
            DocumentFields fields = content.fields();
            return new DocumentResponse(document.id(), document.kind(), document.status(), document.version(),
                    document.revision(), document.contentHash(), fields.title(), fields.condition(), fields.summary(),
                    fields.patientVersion(), MaintenancePlanResponse.of(fields.maintenancePlan()),
                    ContentResponses.timelines(fields.timelines()), fields.standardId(), fields.purpose(),
                    fields.workInstruction(), fields.reviewBy(), ContentResponses.informationStandards(fields.informationStandards()),
                    fields.informationStandardsNotNeeded(), FinancialImpactResponse.of(fields.financialImpact()), fields.developedIn(),
                    ContentResponses.participants(content.participants()),
                    content.sections().stream().map(s -> SectionResponse.of(s, document.sectionRevision(s.key()))).toList(),
                    content.indicators().stream().map(i -> IndicatorResponse.of(i, document.indicatorRevision(i.key()))).toList(),
                    ContentResponses.evidence(content.evidence()), ContentResponses.absences(content.absences()),
                    reading.overdueTimelines().stream().map(OverdueTimelineResponse::of).toList(), FrameworkResponse.of(reading.framework()),
                    document.workflow().consultationClosesAt(), document.workflow().frozenRevision(),
                    document.workflow().frozenHash(), mandate == null ? null : KwaliteitsraadResponse.of(mandate),
                    document.createdAt(), document.updatedAt());
        }
    }

    /** Schema {@code OverdueTimeline}: a tijdpad of edition {@code edition}, past its due date. */
    record OverdueTimelineResponse(int edition, String deliverable, LocalDate dueDate, String description) {
        static OverdueTimelineResponse of(EditionTimeline overdue) {
            Timeline timeline = overdue.timeline();
            return new OverdueTimelineResponse(overdue.version(), timeline.deliverable(), timeline.dueDate(), timeline.description());
        }
    }

    /** Schema {@code ApplicableFramework}. */
    record FrameworkResponse(Framework version, String title, LocalDate inForceFrom, ApplicableFramework.Basis by, LocalDate date) {
        static FrameworkResponse of(ApplicableFramework applicable) {
            Framework framework = applicable.framework();
            return new FrameworkResponse(framework, framework.title(), framework.inForceFrom(), applicable.by(), applicable.on());
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
                             String exclusions, String dataSource, String unit, String period,
                             ImprovementNotation improvementNotation, int revision) {
        static IndicatorResponse of(Indicator indicator, int revision) {
            return new IndicatorResponse(indicator.key(), indicator.title(), indicator.type(), indicator.numerator(),
                    indicator.denominator(), indicator.exclusions(), indicator.dataSource(), indicator.unit(),
                    indicator.period(), indicator.improvementNotation(), revision);
        }
    }

    /** Schema {@code DocumentContent}: what a revision snapshots and its hash covers. */
    record ContentResponse(DocumentKind kind, String title, String condition, String summary, String patientVersion,
                           MaintenancePlanResponse maintenancePlan, List<TimelineResponse> timelines, String standardId,
                           Purpose purpose, String workInstruction, LocalDate reviewBy,
                           List<InformationStandardResponse> informationStandards, String informationStandardsNotNeeded,
                           FinancialImpactResponse financialImpact, Integer developedIn, List<ParticipantResponse> participants,
                           List<SectionContent> sections, List<IndicatorContent> indicators, List<EvidenceResponse> evidence,
                           List<AbsenceResponse> absences) {
        static ContentResponse of(DocumentContent content) {
            DocumentFields fields = content.fields();
            return new ContentResponse(content.kind(), fields.title(), fields.condition(), fields.summary(),
                    fields.patientVersion(), MaintenancePlanResponse.of(fields.maintenancePlan()),
                    ContentResponses.timelines(fields.timelines()), fields.standardId(), fields.purpose(),
                    fields.workInstruction(), fields.reviewBy(), ContentResponses.informationStandards(fields.informationStandards()),
                    fields.informationStandardsNotNeeded(), FinancialImpactResponse.of(fields.financialImpact()), fields.developedIn(),
                    ContentResponses.participants(content.participants()),
                    content.sections().stream().map(SectionContent::of).toList(),
                    content.indicators().stream().map(IndicatorContent::of).toList(),
                    ContentResponses.evidence(content.evidence()), ContentResponses.absences(content.absences()));
        }
    }

    /** Schema {@code DocumentSummary}. */
    record SummaryResponse(String id, DocumentKind kind, DocumentStatus status, int version, int revision, String title,
                           String condition, Instant updatedAt) {
        static SummaryResponse of(DocumentSummary summary) {
            return new SummaryResponse(summary.id(), summary.kind(), summary.status(), summary.version(), summary.revision(),
                    summary.title(), summary.condition(), summary.updatedAt());
        }
    }
}
