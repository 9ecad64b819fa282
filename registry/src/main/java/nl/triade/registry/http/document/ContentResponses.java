package nl.triade.registry.http.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.CostEffect;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.EvidenceType;
import nl.triade.registry.domain.document.FinancialImpact;
import nl.triade.registry.domain.document.ImprovementNotation;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.IndicatorType;
import nl.triade.registry.domain.document.InformationStandard;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.MeasurementProperty;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.PropertyStudy;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.StudyResult;
import nl.triade.registry.domain.document.Timeline;

/**
 * The parts of document content as the API spells them, named like the spec's schemas. The domain
 * records are never written by reflection: a rename in the domain changes no response.
 */
final class ContentResponses {
    private ContentResponses() {
    }

    /** Schema {@code Participant}. */
    record ParticipantResponse(String organisation, ParticipantRole role, String motivation) {
        static ParticipantResponse of(Participant participant) {
            return new ParticipantResponse(participant.organisation(), participant.role(), participant.motivation());
        }
    }

    /**
     * Schema {@code Evidence}. The members on measurement properties came later and are left out while
     * empty, as in the content hash: evidence without them is answered exactly as before they existed.
     */
    record EvidenceResponse(String id, EvidenceType type, String title, String summary, Integer respondents,
                            LocalDate collectedOn, String sectionKey,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StudyResponse> studies,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String population,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {
        static EvidenceResponse of(Evidence evidence) {
            return new EvidenceResponse(evidence.id(), evidence.type(), evidence.title(), evidence.summary(),
                    evidence.respondents(), evidence.collectedOn(), evidence.sectionKey(),
                    evidence.studies().stream().map(StudyResponse::of).toList(), evidence.population(), evidence.reference());
        }
    }

    /** Schema {@code PropertyStudy}. */
    record StudyResponse(MeasurementProperty property, StudyResult result, String note) {
        static StudyResponse of(PropertyStudy study) {
            return new StudyResponse(study.property(), study.result(), study.note());
        }
    }

    /** Schema {@code AbsenceStatement}. */
    record AbsenceResponse(OrganisationKind party, String motivation, String recordedByOrganisation, String recordedByAccount) {
        static AbsenceResponse of(AbsenceStatement statement) {
            return new AbsenceResponse(statement.party(), statement.motivation(), statement.recordedByOrganisation(),
                    statement.recordedByAccount());
        }
    }

    /** Schema {@code MaintenancePlan}. */
    record MaintenancePlanResponse(String maintainedBy, int reviewIntervalMonths) {
        static MaintenancePlanResponse of(MaintenancePlan plan) {
            return plan == null ? null : new MaintenancePlanResponse(plan.maintainedBy(), plan.reviewIntervalMonths());
        }
    }

    /** Schema {@code InformationStandard}. */
    record InformationStandardResponse(String identifier, String name, String version, String url) {
        static InformationStandardResponse of(InformationStandard standard) {
            return new InformationStandardResponse(standard.identifier(), standard.name(), standard.version(), standard.url());
        }
    }

    /** Schema {@code FinancialImpact}. */
    record FinancialImpactResponse(CostEffect effect, Long eurosPerYear, String basis, Boolean significant, String assessedBy) {
        static FinancialImpactResponse of(FinancialImpact impact) {
            return impact == null ? null : new FinancialImpactResponse(impact.effect(), impact.eurosPerYear(), impact.basis(),
                    impact.significant(), impact.assessedBy());
        }
    }

    /** Schema {@code Timeline}. */
    record TimelineResponse(String deliverable, LocalDate dueDate, String description) {
        static TimelineResponse of(Timeline timeline) {
            return new TimelineResponse(timeline.deliverable(), timeline.dueDate(), timeline.description());
        }
    }

    /** A section as a revision holds it: without the part's own ETag. */
    record SectionContent(String key, String title, String body) {
        static SectionContent of(Section section) {
            return new SectionContent(section.key(), section.title(), section.body());
        }
    }

    /** An indicator as a revision holds it: without the part's own ETag. */
    record IndicatorContent(String key, String title, IndicatorType type, String numerator, String denominator,
                            String exclusions, String dataSource, String unit, String period,
                            ImprovementNotation improvementNotation) {
        static IndicatorContent of(Indicator indicator) {
            return new IndicatorContent(indicator.key(), indicator.title(), indicator.type(), indicator.numerator(),
                    indicator.denominator(), indicator.exclusions(), indicator.dataSource(), indicator.unit(),
                    indicator.period(), indicator.improvementNotation());
        }
    }

    static List<ParticipantResponse> participants(List<Participant> participants) {
        return participants.stream().map(ParticipantResponse::of).toList();
    }

    static List<EvidenceResponse> evidence(List<Evidence> evidence) {
        return evidence.stream().map(EvidenceResponse::of).toList();
    }

    static List<AbsenceResponse> absences(List<AbsenceStatement> absences) {
        return absences.stream().map(AbsenceResponse::of).toList();
    }

    static List<InformationStandardResponse> informationStandards(List<InformationStandard> standards) {
        return standards.stream().map(InformationStandardResponse::of).toList();
    }

    static List<TimelineResponse> timelines(List<Timeline> timelines) {
        return timelines.stream().map(TimelineResponse::of).toList();
    }

    /**
     * A part or field value of a diff as the API spells it: content records through their response
     * types; text, dates and enum values (already in their wire spelling) as they are.
     */
    static Object value(Object value) {
        if (value instanceof Section section) {
            return SectionContent.of(section);
        } else if (value instanceof Indicator indicator) {
            return IndicatorContent.of(indicator);
        } else if (value instanceof Participant participant) {
            return ParticipantResponse.of(participant);
        } else if (value instanceof Evidence evidence) {
            return EvidenceResponse.of(evidence);
        } else if (value instanceof AbsenceStatement statement) {
            return AbsenceResponse.of(statement);
        } else if (value instanceof MaintenancePlan plan) {
            return MaintenancePlanResponse.of(plan);
        } else if (value instanceof FinancialImpact impact) {
            return FinancialImpactResponse.of(impact);
        } else if (value instanceof InformationStandard standard) {
            return InformationStandardResponse.of(standard);
        } else if (value instanceof Timeline timeline) {
            return TimelineResponse.of(timeline);
        } else if (value instanceof PropertyStudy study) {
            return StudyResponse.of(study);
        } else if (value instanceof List<?> list) {
            return list.stream().map(ContentResponses::value).toList();
        }
        return value;
    }
}
