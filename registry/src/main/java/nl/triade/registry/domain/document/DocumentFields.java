package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The document's own fields: everything that is not a separately addressable part. Changed as a
 * whole through a merge patch. {@code patientVersion} is the cliëntenversie (plain-language text),
 * {@code workInstruction} an instrument's werkinstructie.
 */
public record DocumentFields(String title, String condition, String summary, String patientVersion,
                             MaintenancePlan maintenancePlan, List<Timeline> timelines, String standardId,
                             Purpose purpose, String workInstruction, LocalDate reviewBy) {

    public DocumentFields {
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
    }
}
