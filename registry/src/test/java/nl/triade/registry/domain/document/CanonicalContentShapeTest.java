package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.WireNames;
import org.junit.jupiter.api.Test;

/**
 * Golden: the shape of the canonical content format, read by reflection from every record and enum
 * reachable from {@link DocumentContent}. With explicit canonical names a Java rename no longer
 * changes a hash, so this list is what notices one; a record component without a canonical name
 * fails here too, before any document is written.
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
                Evidence.id -> "id": String
                Evidence.type -> "type": EvidenceType
                Evidence.title -> "title": String
                Evidence.summary -> "summary": String
                Evidence.respondents -> "respondents": Integer
                Evidence.collectedOn -> "collectedOn": LocalDate
                Evidence.sectionKey -> "sectionKey": String
                AbsenceStatement.party -> "party": OrganisationKind
                AbsenceStatement.motivation -> "motivation": String
                AbsenceStatement.recordedByOrganisation -> "recordedByOrganisation": String
                AbsenceStatement.recordedByAccount -> "recordedByAccount": String
                MaintenancePlan.maintainedBy -> "maintainedBy": String
                MaintenancePlan.reviewIntervalMonths -> "reviewIntervalMonths": int
                Timeline.deliverable -> "deliverable": String
                Timeline.dueDate -> "dueDate": LocalDate
                Timeline.description -> "description": String
                DocumentKind -> "standard", "instrument"
                Purpose -> "improvement", "public-information", "purchasing"
                ParticipantRole -> "author", "commenter", "declined"
                IndicatorType -> "structure", "process", "outcome", "prom", "prem"
                EvidenceType -> "survey", "focus-group", "mirror-conversation", "els-borst-conversation", "literature", \
                "registry-data"
                OrganisationKind -> "patient", "provider", "insurer", "register"
                """, shape(DocumentContent.class), WHAT_TO_DO);
    }

    /** One line per record component and one per enum, records in the order the model reaches them. */
    private static String shape(Class<? extends Record> root) {
        List<String> lines = new ArrayList<>();
        Set<String> enums = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        Set<Class<?>> seen = new LinkedHashSet<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> type = pending.removeFirst();
            @SuppressWarnings("unchecked")
            Map<String, String> names = CanonicalJson.canonicalNames((Class<? extends Record>) type);
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> element = elementOf(component.getGenericType());
                boolean omitted = component.isAnnotationPresent(CanonicalJson.OmitWhenEmpty.class);
                lines.add(type.getSimpleName() + "." + component.getName() + " -> \"" + names.get(component.getName()) + "\""
                        + (omitted ? " (omitted when empty)" : "") + ": " + typeName(component.getGenericType()));
                if (element.isRecord() && seen.add(element)) {
                    pending.addLast(element);
                } else if (element.isEnum()) {
                    enums.add(enumLine(element));
                }
            }
        }
        lines.addAll(enums);
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static String enumLine(Class<?> type) {
        return type.getSimpleName() + " -> " + Arrays.stream(type.getEnumConstants())
                .map(constant -> "\"" + WireNames.of((Enum<?>) constant) + "\"").collect(Collectors.joining(", "));
    }

    private static Class<?> elementOf(Type type) {
        return type instanceof ParameterizedType list ? (Class<?>) list.getActualTypeArguments()[0] : (Class<?>) type;
    }

    private static String typeName(Type type) {
        return type instanceof ParameterizedType list
                ? ((Class<?>) list.getRawType()).getSimpleName() + "<" + elementOf(type).getSimpleName() + ">"
                : ((Class<?>) type).getSimpleName();
    }
}
