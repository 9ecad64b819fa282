package nl.triade.registry.http.agenda;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.agenda.AgendaTerms;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.http.InputCheck;

/** Body of {@code POST /agenda} and {@code PUT /agenda/{id}} (schema {@code AgendaItemInput}): the item's terms. */
record AgendaItemInput(String topic, String condition, DocumentKind documentKind, List<String> responsible, LocalDate deadline) {
    private static final int MAX_RESPONSIBLE = 50;

    AgendaTerms validated() {
        InputCheck check = new InputCheck()
                .required("topic", topic).maxLength("topic", topic, 300)
                .maxLength("condition", condition, 200)
                .required("documentKind", documentKind)
                .required("deadline", deadline);
        if (responsible == null || responsible.isEmpty()) {
            check.violation("responsible", Rule.REQUIRED, "name at least one responsible organisation");
        } else if (responsible.size() > MAX_RESPONSIBLE) {
            check.violation("responsible", Rule.MAX_ITEMS, "at most " + MAX_RESPONSIBLE + " organisations");
        } else if (responsible.stream().distinct().count() < responsible.size()) {
            check.violation("responsible", Rule.INVALID, "each organisation once");
        }
        check.check();
        return new AgendaTerms(topic.strip(), condition == null || condition.isBlank() ? null : condition.strip(), documentKind,
                responsible, deadline);
    }
}
