package nl.triade.registry.pluginhost;

import java.util.Map;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.FinancialImpact;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.Section;
import nl.triade.spi.AbsenceSnapshot;
import nl.triade.spi.ConsultationSnapshot;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.FinancialImpactSnapshot;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.InformationStandardSnapshot;
import nl.triade.spi.KwaliteitsraadSnapshot;
import nl.triade.spi.MaintenancePlanSnapshot;
import nl.triade.spi.ParticipantSnapshot;
import nl.triade.spi.PropertyStudySnapshot;
import nl.triade.spi.SectionSnapshot;
import nl.triade.spi.TimelineSnapshot;

/** Domain documents as SPI snapshots: the only place the two models meet, so each can change on its own. */
final class Snapshots {
    private Snapshots() {
    }

    static DocumentSnapshot of(DocumentView document) {
        DocumentContent content = document.content();
        DocumentFields fields = content.fields();
        return new DocumentSnapshot(document.id(), WireNames.of(document.kind()), WireNames.of(document.status()),
                document.version(), document.revision(), document.contentHash(), fields.title(), fields.condition(),
                fields.summary(), fields.patientVersion(), fields.standardId(),
                fields.purpose() == null ? null : WireNames.of(fields.purpose()), fields.workInstruction(), fields.reviewBy(),
                content.participants().stream().map(p -> participant(p, document.participantKinds())).toList(),
                content.sections().stream().map(Snapshots::section).toList(),
                content.indicators().stream().map(Snapshots::indicator).toList(),
                fields.maintenancePlan() == null ? null : new MaintenancePlanSnapshot(fields.maintenancePlan().maintainedBy(),
                        fields.maintenancePlan().reviewIntervalMonths()),
                fields.timelines().stream().map(t -> new TimelineSnapshot(t.deliverable(), t.dueDate(), t.description())).toList(),
                content.evidence().stream().map(Snapshots::evidence).toList(),
                document.instrumentIds(),
                content.absences().stream().map(a -> new AbsenceSnapshot(WireNames.of(a.party()), a.motivation(),
                        a.recordedByOrganisation(), a.recordedByAccount())).toList(),
                kwaliteitsraad(document), WireNames.of(document.framework().framework()),
                fields.informationStandards().stream().map(i -> new InformationStandardSnapshot(i.identifier(), i.name(), i.version(),
                        i.url())).toList(),
                fields.informationStandardsNotNeeded(), financialImpact(fields.financialImpact()), fields.developedIn());
    }

    private static FinancialImpactSnapshot financialImpact(FinancialImpact impact) {
        return impact == null ? null : new FinancialImpactSnapshot(impact.effect() == null ? null : WireNames.of(impact.effect()),
                impact.eurosPerYear(), impact.basis(), impact.significant(), impact.assessedBy());
    }

    /** A consulted organisation that is not stored is of kind {@code unknown}, as for participants. */
    private static KwaliteitsraadSnapshot kwaliteitsraad(DocumentView document) {
        KwaliteitsraadMandate mandate = document.kwaliteitsraad();
        if (mandate == null) {
            return null;
        }
        return new KwaliteitsraadSnapshot(mandate.organisation(), mandate.agendaItem(), mandate.consultations().stream()
                .map(c -> {
                    OrganisationKind kind = document.participantKinds().get(c.organisation());
                    return new ConsultationSnapshot(c.organisation(), kind == null ? "unknown" : WireNames.of(kind),
                            c.consultedOn(), c.how());
                }).toList());
    }

    static EventSnapshot of(Event event) {
        return new EventSnapshot(event.seq(), event.at(), event.actor(), event.organisation(), event.type(), event.document(),
                event.data(), event.hash());
    }

    /** A participant whose organisation is not stored is of kind {@code unknown}: the SPI requires a kind. */
    private static ParticipantSnapshot participant(Participant participant, Map<String, OrganisationKind> kinds) {
        OrganisationKind kind = kinds.get(participant.organisation());
        return new ParticipantSnapshot(participant.organisation(), kind == null ? "unknown" : WireNames.of(kind),
                WireNames.of(participant.role()), participant.motivation());
    }

    private static EvidenceSnapshot evidence(Evidence evidence) {
        return new EvidenceSnapshot(WireNames.of(evidence.type()), evidence.title(), evidence.summary(), evidence.respondents(),
                evidence.collectedOn(), evidence.sectionKey(), evidence.studies().stream().map(study -> new PropertyStudySnapshot(
                        WireNames.of(study.property()), WireNames.of(study.result()), study.note())).toList(),
                evidence.population(), evidence.reference());
    }

    private static SectionSnapshot section(Section section) {
        return new SectionSnapshot(section.key(), section.title(), section.body());
    }

    private static IndicatorSnapshot indicator(Indicator indicator) {
        return new IndicatorSnapshot(indicator.key(), indicator.title(), WireNames.of(indicator.type()), indicator.numerator(),
                indicator.denominator(), indicator.exclusions(), indicator.dataSource(), indicator.unit(), indicator.period());
    }
}
