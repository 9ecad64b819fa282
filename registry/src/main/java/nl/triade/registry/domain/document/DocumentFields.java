package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.CanonicalJson;

/**
 * The document's own fields: everything that is not a separately addressable part. Changed as a
 * whole through a merge patch. {@code patientVersion} is the cliëntenversie (plain-language text),
 * {@code workInstruction} an instrument's werkinstructie.
 */
public record DocumentFields(@CanonicalJson.Name("title") String title,
                             @CanonicalJson.Name("condition") String condition,
                             @CanonicalJson.Name("summary") String summary,
                             @CanonicalJson.Name("patientVersion") String patientVersion,
                             @CanonicalJson.Name("maintenancePlan") MaintenancePlan maintenancePlan,
                             @CanonicalJson.Name("timelines") List<Timeline> timelines,
                             @CanonicalJson.Name("standardId") String standardId,
                             @CanonicalJson.Name("purpose") Purpose purpose,
                             @CanonicalJson.Name("workInstruction") String workInstruction,
                             @CanonicalJson.Name("reviewBy") LocalDate reviewBy) {

    public DocumentFields {
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
    }
}
