package nl.triade.registry.domain.framework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The criteria of each framework version as Triade reads them, one constant per criterion and
 * subject, with a stable wire id that assessments and decisions name (written out, and equal to
 * its {@code WireNames} spelling, so JSON shows the same id). The numbering follows the
 * framework texts as far as Triade models them; README ("The Register's criteria") maps each one
 * to the rule that checks it, the field it reads and the test that shows it. The API shows the
 * Dutch title, the framework's own words; each constant's comment gives it in English.
 */
public enum Criterion {
    /** Parties. */
    TK2015_KS1("tk2015-ks1", Framework.TK_2015, Subject.STANDARD, "Partijen"),
    /** Content and organisation of care. */
    TK2015_KS2("tk2015-ks2", Framework.TK_2015, Subject.STANDARD, "Zorginhoud en organisatie van zorg"),
    /** Substantiation of the content. */
    TK2015_KS3("tk2015-ks3", Framework.TK_2015, Subject.STANDARD, "Onderbouwing van de inhoud"),
    /** Patient version and summary. */
    TK2015_KS4("tk2015-ks4", Framework.TK_2015, Subject.STANDARD, "Cliëntenversie en samenvatting"),
    /** Measurement instruments and information standard. */
    TK2015_KS5("tk2015-ks5", Framework.TK_2015, Subject.STANDARD, "Meetinstrumenten en informatiestandaard"),
    /** Maintenance. */
    TK2015_KS6("tk2015-ks6", Framework.TK_2015, Subject.STANDARD, "Onderhoud"),
    /** Transition for standards developed before 2014. */
    TK2015_TRANSITIONAL("tk2015-transitional", Framework.TK_2015, Subject.STANDARD,
            "Overgangsbepaling voor standaarden van vóór 2014"),
    /** Parties. */
    TK2015_MI1("tk2015-mi1", Framework.TK_2015, Subject.INSTRUMENT, "Partijen"),
    /** Standard and purpose. */
    TK2015_MI2("tk2015-mi2", Framework.TK_2015, Subject.INSTRUMENT, "Standaard en doel"),
    /** Indicators. */
    TK2015_MI3("tk2015-mi3", Framework.TK_2015, Subject.INSTRUMENT, "Indicatoren"),
    /** Validity, reliability and discriminating power. */
    TK2015_MI4("tk2015-mi4", Framework.TK_2015, Subject.INSTRUMENT, "Validiteit, betrouwbaarheid en onderscheidend vermogen"),
    /** Work instruction and data delivery. */
    TK2015_MI5("tk2015-mi5", Framework.TK_2015, Subject.INSTRUMENT, "Werkinstructie en gegevensaanlevering"),
    /** Maintenance. */
    TK2015_MI6("tk2015-mi6", Framework.TK_2015, Subject.INSTRUMENT, "Onderhoud"),
    /** Parties and procedure. */
    TK3_C1("tk3-c1", Framework.TK_3, Subject.STANDARD, "Partijen en procedure"),
    /** Good care from the client's perspective. */
    TK3_C2("tk3-c2", Framework.TK_3, Subject.STANDARD, "Goede zorg vanuit het perspectief van de cliënt"),
    /** Substantiation of the content. */
    TK3_C3("tk3-c3", Framework.TK_3, Subject.STANDARD, "Onderbouwing van de inhoud"),
    /** Client version and summary. */
    TK3_C4("tk3-c4", Framework.TK_3, Subject.STANDARD, "Cliëntenversie en samenvatting"),
    /** Measurement instruments. */
    TK3_C5("tk3-c5", Framework.TK_3, Subject.STANDARD, "Meetinstrumenten"),
    /** Information paragraph. */
    TK3_C6("tk3-c6", Framework.TK_3, Subject.STANDARD, "Informatieparagraaf"),
    /** Financial consequences. */
    TK3_C7("tk3-c7", Framework.TK_3, Subject.STANDARD, "Financiële consequenties"),
    /** Maintenance and implementation. */
    TK3_C8("tk3-c8", Framework.TK_3, Subject.STANDARD, "Onderhoud en implementatie"),
    /** Parties and procedure. */
    TK3_MI1("tk3-mi1", Framework.TK_3, Subject.INSTRUMENT, "Partijen en procedure"),
    /** Standard and purpose. */
    TK3_MI2("tk3-mi2", Framework.TK_3, Subject.INSTRUMENT, "Standaard en doel"),
    /** Indicators. */
    TK3_MI3("tk3-mi3", Framework.TK_3, Subject.INSTRUMENT, "Indicatoren"),
    /** Validity, reliability and discriminating power. */
    TK3_MI4("tk3-mi4", Framework.TK_3, Subject.INSTRUMENT, "Validiteit, betrouwbaarheid en onderscheidend vermogen"),
    /** Work instruction and data delivery. */
    TK3_MI5("tk3-mi5", Framework.TK_3, Subject.INSTRUMENT, "Werkinstructie en gegevensaanlevering"),
    /** Maintenance. */
    TK3_MI6("tk3-mi6", Framework.TK_3, Subject.INSTRUMENT, "Onderhoud");

    private final String id;
    private final Framework framework;
    private final Subject subject;
    private final String dutchTitle;

    Criterion(String id, Framework framework, Subject subject, String dutchTitle) {
        this.id = id;
        this.framework = framework;
        this.subject = subject;
        this.dutchTitle = dutchTitle;
    }

    /** The criteria a document of {@code subject} is assessed against under {@code framework}, in their order. */
    public static List<Criterion> of(Framework framework, Subject subject) {
        return Arrays.stream(values()).filter(c -> c.framework == framework && c.subject == subject).toList();
    }

    public static Optional<Criterion> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public Framework framework() {
        return framework;
    }

    public Subject subject() {
        return subject;
    }

    public String dutchTitle() {
        return dutchTitle;
    }
}
