package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.triade.registry.domain.CanonicalShape;
import org.junit.jupiter.api.Test;

/**
 * Golden: the shape of the canonical content format, read by reflection ({@link CanonicalShape})
 * from every record and enum reachable from {@link DocumentContent}. With explicit canonical names a
 * Java rename no longer changes a hash, so this list is what notices one; a record component
 * without a canonical name fails here too, before any document is written.
 */
class CanonicalContentShapeTest {
    private static final String WHAT_TO_DO = """
            The shape of the canonical content format changed (README: Formats that never change by accident).
            Renamed a Java record, component or its type only, and kept its @CanonicalJson.Name? Then update the Java
            side (left of ->) in this list. A new, removed or changed canonical name, enum wire name or value type changes
            every contentHash, every approval's binding and what the Register receives: that is a new content format
            version with an upgrade path for stored hashes, not an edit of this list.""";

    @Test
    void theContentModelHasExactlyThesePinnedCanonicalNames() {
        assertEquals("""
                DocumentContent.kind -> "kind": DocumentKind
                DocumentContent.fields -> "fields": DocumentFields
                DocumentContent.participants -> "participants": List<Participant>
                DocumentContent.sections -> "sections": List<Section>
                DocumentContent.indicators -> "indicators": List<Indicator>
                DocumentContent.evidence -> "evidence": List<Evidence>
                DocumentContent.absences -> "absences" (omitted when empty): List<AbsenceStatement>
                DocumentFields.title -> "title": String
                DocumentFields.condition -> "condition": String
                DocumentFields.summary -> "summary": String
                DocumentFields.patientVersion -> "patientVersion": String
                DocumentFields.maintenancePlan -> "maintenancePlan": MaintenancePlan
                DocumentFields.timelines -> "timelines": List<Timeline>
                DocumentFields.standardId -> "standardId": String
                DocumentFields.purpose -> "purpose": Purpose
                DocumentFields.workInstruction -> "workInstruction": String
                DocumentFields.reviewBy -> "reviewBy": LocalDate
                DocumentFields.informationStandards -> "informationStandards" (omitted when empty): List<InformationStandard>
                DocumentFields.informationStandardsNotNeeded -> "informationStandardsNotNeeded" (omitted when unset): String
                DocumentFields.financialImpact -> "financialImpact" (omitted when unset): FinancialImpact
                DocumentFields.developedIn -> "developedIn" (omitted when unset): Integer
                Participant.organisation -> "organisation": String
                Participant.role -> "role": ParticipantRole
                Participant.motivation -> "motivation": String
                Section.key -> "key": String
                Section.title -> "title": String
                Section.body -> "body": String
                Indicator.key -> "key": String
                Indicator.title -> "title": String
                Indicator.type -> "type": IndicatorType
                Indicator.numerator -> "numerator": String
                Indicator.denominator -> "denominator": String
                Indicator.exclusions -> "exclusions": String
                Indicator.dataSource -> "dataSource": String
                Indicator.unit -> "unit": String
                Indicator.period -> "period": String
                Indicator.improvementNotation -> "improvementNotation" (omitted when unset): ImprovementNotation
                Evidence.id -> "id": String
                Evidence.type -> "type": EvidenceType
                Evidence.title -> "title": String
                Evidence.summary -> "summary": String
                Evidence.respondents -> "respondents": Integer
                Evidence.collectedOn -> "collectedOn": LocalDate
                Evidence.sectionKey -> "sectionKey": String
                Evidence.studies -> "studies" (omitted when empty): List<PropertyStudy>
                Evidence.population -> "population" (omitted when unset): String
                Evidence.reference -> "reference" (omitted when unset): String
                AbsenceStatement.party -> "party": OrganisationKind
                AbsenceStatement.motivation -> "motivation": String
                AbsenceStatement.recordedByOrganisation -> "recordedByOrganisation": String
                AbsenceStatement.recordedByAccount -> "recordedByAccount": String
                MaintenancePlan.maintainedBy -> "maintainedBy": String
                MaintenancePlan.reviewIntervalMonths -> "reviewIntervalMonths": int
                Timeline.deliverable -> "deliverable": String
                Timeline.dueDate -> "dueDate": LocalDate
                Timeline.description -> "description": String
                InformationStandard.identifier -> "identifier": String
                InformationStandard.name -> "name": String
                InformationStandard.version -> "version": String
                InformationStandard.url -> "url": String
                FinancialImpact.effect -> "effect": CostEffect
                FinancialImpact.eurosPerYear -> "eurosPerYear": Long
                FinancialImpact.basis -> "basis": String
                FinancialImpact.significant -> "significant": Boolean
                FinancialImpact.assessedBy -> "assessedBy": String
                PropertyStudy.property -> "property": MeasurementProperty
                PropertyStudy.result -> "result": StudyResult
                PropertyStudy.note -> "note": String
                DocumentKind -> "standard", "instrument"
                Purpose -> "improvement", "public-information", "purchasing"
                ParticipantRole -> "author", "commenter", "declined"
                IndicatorType -> "structure", "process", "outcome", "prom", "prem"
                ImprovementNotation -> "increase", "decrease"
                EvidenceType -> "survey", "focus-group", "mirror-conversation", "els-borst-conversation", "literature", \
                "registry-data"
                OrganisationKind -> "patient", "provider", "insurer", "register"
                CostEffect -> "none", "increase", "decrease"
                MeasurementProperty -> "validity", "reliability", "discriminating-power"
                StudyResult -> "established", "not-established", "not-studied"
                """, CanonicalShape.of(DocumentContent.class), WHAT_TO_DO);
    }
}
