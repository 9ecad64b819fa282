package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.CanonicalJson;

/**
 * The document's own fields: everything that is not a separately addressable part. Changed as a
 * whole through a merge patch. {@code patientVersion} is the cliëntenversie (plain-language text),
 * {@code workInstruction} an instrument's werkinstructie. The informatiestandaarden (or why none is
 * needed), the financial-impact assessment and the year a standard was developed came later: each
 * is left out of the hash while absent, so content written before them keeps its hash.
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
                             @CanonicalJson.Name("reviewBy") LocalDate reviewBy,
                             @CanonicalJson.Name("informationStandards") @CanonicalJson.OmitWhenEmpty
                             List<InformationStandard> informationStandards,
                             @CanonicalJson.Name("informationStandardsNotNeeded") @CanonicalJson.OmitWhenUnset
                             String informationStandardsNotNeeded,
                             @CanonicalJson.Name("financialImpact") @CanonicalJson.OmitWhenUnset FinancialImpact financialImpact,
                             @CanonicalJson.Name("developedIn") @CanonicalJson.OmitWhenUnset Integer developedIn) {

    public DocumentFields {
        timelines = timelines == null ? List.of() : List.copyOf(timelines);
        informationStandards = informationStandards == null ? List.of() : List.copyOf(informationStandards);
    }

    /** Fields without the members that came with the frameworks' criteria (information standards, financial impact, year developed). */
    public DocumentFields(String title, String condition, String summary, String patientVersion, MaintenancePlan maintenancePlan,
                          List<Timeline> timelines, String standardId, Purpose purpose, String workInstruction, LocalDate reviewBy) {
        this(title, condition, summary, patientVersion, maintenancePlan, timelines, standardId, purpose, workInstruction, reviewBy,
                List.of(), null, null, null);
    }
}
