package nl.triade.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A read-only copy of one revision of a document, as the host hands it to a plugin. Plugins never
 * see the host's database or HTTP objects; everything they may judge is in here.
 *
 * <p>Values are the wire spellings of the HTTP API (for example {@code kind} is {@code "standard"}
 * or {@code "instrument"}), so the SPI does not change when the host's internal model does.
 *
 * @param id              the document id
 * @param kind            {@code standard} (kwaliteitsstandaard) or {@code instrument} (meetinstrument)
 * @param status          lifecycle state, e.g. {@code draft}
 * @param version         edition number, 1 for the first registered edition
 * @param revision        the revision this snapshot was taken of
 * @param contentHash     SHA-256 (hex) of the canonical JSON of the content
 * @param title           the title
 * @param condition       aandoening or care domain, or null
 * @param summary         summary, or null
 * @param patientVersion  cliëntenversie: the plain-language text for patients, or null
 * @param standardId      for instruments, the standard it measures; else null
 * @param purpose         for instruments: {@code improvement}, {@code public-information} or {@code purchasing}; else null
 * @param workInstruction werkinstructie of an instrument, or null
 * @param reviewBy        date by which the document is to be reviewed, or null
 * @param participants    organisations taking part, in order
 * @param sections        text sections, in order
 * @param indicators      indicators (instruments only), in order
 * @param maintenancePlan the onderhoudsplan, or null
 * @param timelines       tijdpaden for deliverables still missing
 * @param evidence        bundled patient experience and other support
 * @param instrumentIds   for a standard: the instruments that name it in their {@code standardId}
 * @param absences        the authors' absence statements for party kinds without an organisation in Triade
 *                        (since SPI 1.2.0; empty for documents without them)
 * @param kwaliteitsraad  the Kwaliteitsraad's mandate when the council writes the document for an agenda item,
 *                        else null (since SPI 1.3.0)
 * @param framework       the Toetsingskader version the document is judged by: {@code tk-2015} or {@code tk-3},
 *                        the one in force on the day its current version was first submitted, or today while it
 *                        has not been (since SPI 1.5.0; null from an older host)
 * @param informationStandards          the informatiestandaarden it relies on (since SPI 1.5.0)
 * @param informationStandardsNotNeeded the authors' statement why no information standard is needed, or null
 *                                      (since SPI 1.5.0)
 * @param financialImpact the financial-impact assessment, or null (since SPI 1.5.0)
 * @param developedIn     the year the standard was developed, or null (since SPI 1.5.0)
 */
public record DocumentSnapshot(String id, String kind, String status, int version, int revision, String contentHash,
                               String title, String condition, String summary, String patientVersion,
                               String standardId, String purpose, String workInstruction, LocalDate reviewBy,
                               List<ParticipantSnapshot> participants, List<SectionSnapshot> sections,
                               List<IndicatorSnapshot> indicators, MaintenancePlanSnapshot maintenancePlan,
                               List<TimelineSnapshot> timelines, List<EvidenceSnapshot> evidence,
                               List<String> instrumentIds, List<AbsenceSnapshot> absences,
                               KwaliteitsraadSnapshot kwaliteitsraad, String framework,
                               List<InformationStandardSnapshot> informationStandards, String informationStandardsNotNeeded,
                               FinancialImpactSnapshot financialImpact, Integer developedIn) {

    public DocumentSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        participants = List.copyOf(participants);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        timelines = List.copyOf(timelines);
        evidence = List.copyOf(evidence);
        instrumentIds = List.copyOf(instrumentIds);
        absences = absences == null ? List.of() : List.copyOf(absences);
        informationStandards = informationStandards == null ? List.of() : List.copyOf(informationStandards);
    }

    /** A snapshot as of SPI 1.4.0: no framework version, information standards, financial impact or year developed. */
    public DocumentSnapshot(String id, String kind, String status, int version, int revision, String contentHash,
                            String title, String condition, String summary, String patientVersion,
                            String standardId, String purpose, String workInstruction, LocalDate reviewBy,
                            List<ParticipantSnapshot> participants, List<SectionSnapshot> sections,
                            List<IndicatorSnapshot> indicators, MaintenancePlanSnapshot maintenancePlan,
                            List<TimelineSnapshot> timelines, List<EvidenceSnapshot> evidence,
                            List<String> instrumentIds, List<AbsenceSnapshot> absences, KwaliteitsraadSnapshot kwaliteitsraad) {
        this(id, kind, status, version, revision, contentHash, title, condition, summary, patientVersion, standardId,
                purpose, workInstruction, reviewBy, participants, sections, indicators, maintenancePlan, timelines, evidence,
                instrumentIds, absences, kwaliteitsraad, null, List.of(), null, null, null);
    }

    /** A snapshot of a document no Kwaliteitsraad writes, as before SPI 1.3.0. */
    public DocumentSnapshot(String id, String kind, String status, int version, int revision, String contentHash,
                            String title, String condition, String summary, String patientVersion,
                            String standardId, String purpose, String workInstruction, LocalDate reviewBy,
                            List<ParticipantSnapshot> participants, List<SectionSnapshot> sections,
                            List<IndicatorSnapshot> indicators, MaintenancePlanSnapshot maintenancePlan,
                            List<TimelineSnapshot> timelines, List<EvidenceSnapshot> evidence,
                            List<String> instrumentIds, List<AbsenceSnapshot> absences) {
        this(id, kind, status, version, revision, contentHash, title, condition, summary, patientVersion, standardId,
                purpose, workInstruction, reviewBy, participants, sections, indicators, maintenancePlan, timelines, evidence,
                instrumentIds, absences, null);
    }

    /** A snapshot without absence statements, as before SPI 1.2.0. */
    public DocumentSnapshot(String id, String kind, String status, int version, int revision, String contentHash,
                            String title, String condition, String summary, String patientVersion,
                            String standardId, String purpose, String workInstruction, LocalDate reviewBy,
                            List<ParticipantSnapshot> participants, List<SectionSnapshot> sections,
                            List<IndicatorSnapshot> indicators, MaintenancePlanSnapshot maintenancePlan,
                            List<TimelineSnapshot> timelines, List<EvidenceSnapshot> evidence,
                            List<String> instrumentIds) {
        this(id, kind, status, version, revision, contentHash, title, condition, summary, patientVersion, standardId,
                purpose, workInstruction, reviewBy, participants, sections, indicators, maintenancePlan, timelines, evidence,
                instrumentIds, List.of(), null);
    }

    public boolean isStandard() {
        return "standard".equals(kind);
    }

    public boolean isInstrument() {
        return "instrument".equals(kind);
    }

    /**
     * Whether a tijdpad promises one of {@code deliverables} (a word its deliverable contains,
     * case-insensitively) by a due date that has not passed on {@code today}, a date in the
     * Netherlands: a tijdpad stands in for a missing part only until then (since SPI 1.6.0).
     */
    public boolean hasPendingTimelineFor(LocalDate today, String... deliverables) {
        return timelines.stream().anyMatch(timeline -> timeline.dueDate() != null && !timeline.dueDate().isBefore(today)
                && java.util.Arrays.stream(deliverables)
                        .anyMatch(word -> timeline.deliverable().toLowerCase(java.util.Locale.ROOT).contains(word)));
    }

    /**
     * Whether a tijdpad promises one of {@code deliverables}, whatever its due date.
     *
     * @deprecated a tijdpad whose due date has passed is a broken promise, not a deliverable on its
     *             way; use {@link #hasPendingTimelineFor(LocalDate, String...)}. Kept so plugins built
     *             against SPI 1.0 still load.
     */
    @Deprecated(since = "1.6.0")
    public boolean hasTimelineFor(String... deliverables) {
        return timelines.stream().anyMatch(timeline -> timeline.dueDate() != null && java.util.Arrays.stream(deliverables)
                .anyMatch(word -> timeline.deliverable().toLowerCase(java.util.Locale.ROOT).contains(word)));
    }
}
