package nl.triade.registry.app;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.CostEffect;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.EvidenceType;
import nl.triade.registry.domain.document.FinancialImpact;
import nl.triade.registry.domain.document.MaintenancePlan;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.document.Timeline;
import nl.triade.registry.domain.review.Disposition;

/**
 * What the demo's registered standard says, and what its consultation brought: a standard on
 * zwangerschapsdiabetes (diabetes that starts in pregnancy) that meets every criterion of
 * Toetsingskader 3.0, the measurement instrument on a tijdpad, and three comments of three kinds of
 * organisation, each answered differently. Its words stay clear of the walk-through's searches
 * ({@code Diabetische}, {@code volwassenen}).
 */
final class RegisteredDemoContent {
    /** The condition that finds the standard again on a later start: no other demo document has it. */
    static final String CONDITION = "zwangerschapsdiabetes";
    static final String REGISTER_REFERENCE = "ZIN-2026-042";

    /** A comment of the consultation, by the demo account whose token posts it, and the authors' answer. */
    record PlannedComment(String token, String sectionKey, String body, Disposition disposition, String rationale) {
    }

    static final List<Participant> CO_AUTHORS = List.of(new Participant("internisten", ParticipantRole.AUTHOR, null),
            new Participant("zorgverzekeraar-a", ParticipantRole.AUTHOR, null));

    static final List<Section> SECTIONS = List.of(
            new Section("zorginhoud", "Inhoud van zorg",
                    "Zwangeren met een verhoogd risico (een BMI boven 30, eerder zwangerschapsdiabetes, diabetes bij ouders, "
                            + "broers of zussen, of een Hindoestaanse, Marokkaanse of Turkse afkomst) krijgen tussen 24 en 28 weken "
                            + "een glucosebelastingtest. Bij zwangerschapsdiabetes volgt binnen een week een gesprek met de diëtist; "
                            + "blijven de waarden na twee weken te hoog, dan start de internist met insuline. Zes tot twaalf weken na "
                            + "de bevalling wordt de nuchtere glucose gemeten, en daarna elk jaar."),
            new Section("organisatie", "Organisatie van zorg",
                    "De verloskundige of de huisarts schat het risico in en vraagt de test aan. Bij een afwijkende uitslag "
                            + "verwijst zij naar het ziekenhuis, waar gynaecoloog, internist, diabetesverpleegkundige en diëtist samen "
                            + "één behandelplan maken. Na de bevalling draagt het ziekenhuis de jaarlijkse controle over aan de "
                            + "huisarts, met een brief die de vrouw zelf ook krijgt; de huisarts legt de controle vast."),
            new Section("onderbouwing", "Onderbouwing",
                    "De aanbevelingen volgen de NVOG-richtlijn Diabetes mellitus en zwangerschap en de NHG-Standaard Diabetes "
                            + "mellitus type 2; wat zwangeren zelf belangrijk vinden, komt uit een enquête onder 640 vrouwen die "
                            + "zwangerschapsdiabetes hadden. Waar het bewijs ontbrak, besliste de werkgroep van internisten, "
                            + "verloskundigen en patiënten op grond van hun ervaring."));

    static final Evidence SURVEY = new Evidence(null, EvidenceType.SURVEY, "Enquête onder 640 vrouwen met zwangerschapsdiabetes",
            "Vrouwen willen eerder weten waarom de test nodig is, en na de bevalling niet uit beeld raken.", 640,
            LocalDate.of(2026, 3, 1), "zorginhoud");

    static final List<PlannedComment> COMMENTS = List.of(
            new PlannedComment("demo-zorgverzekeraar-b-member", "organisatie",
                    "Hoe weten we of de jaarlijkse glucosecontrole na de bevalling echt gebeurt? Zonder registratie kunnen wij "
                            + "deze zorg niet inkopen.",
                    Disposition.ACCEPTED, "De huisarts legt de jaarlijkse controle vast; het meetinstrument volgt op het tijdpad."),
            new PlannedComment("demo-internisten-org-admin", "zorginhoud",
                    "Start insuline al na één week met te hoge waarden als de echo een groot kind laat zien.",
                    Disposition.PARTLY_ACCEPTED,
                    "De internist mag eerder starten bij een groot kind op de echo; twee weken blijft de regel."),
            new PlannedComment("demo-diabetesvereniging-member", null,
                    "Kunnen alle zwangeren de test krijgen, ook zonder risicofactoren?",
                    Disposition.REJECTED, "De richtlijn test alleen bij een verhoogd risico; de test voor iedereen is niet onderbouwd."));

    private RegisteredDemoContent() {
    }

    /**
     * The document's own fields. The tijdpad of the measurement instrument is due a year and a half
     * after {@code today}, so the demo meets the Toetsingskader on whatever day it is seeded.
     */
    static DocumentFields fields(LocalDate today) {
        return new DocumentFields("Zwangerschapsdiabetes", CONDITION,
                "Opsporen en behandelen van diabetes die in de zwangerschap begint, en de controle na de bevalling.",
                "Bent u zwanger? Dan kijkt de verloskundige of u een test op suiker nodig heeft. Is uw suiker te hoog? "
                        + "Dan helpt de diëtist u. Soms krijgt u een prik. Na de bevalling meet de huisarts elk jaar uw suiker.",
                new MaintenancePlan("diabetesvereniging", 36),
                List.of(new Timeline("meetinstrument", today.plusMonths(18),
                        "Indicatoren voor de test in de zwangerschap en de controle na de bevalling, met de zorggroepen.")),
                null, null, null, null, List.of(DemoData.LABORATORY_RESULT), null,
                new FinancialImpact(CostEffect.INCREASE, 400_000L,
                        "Meer glucosetests en controles na de bevalling, tegen minder keizersneden (budgetimpactanalyse 2026).",
                        false, "Werkgroep kosten van Diabetesvereniging, internisten en Zorgverzekeraar A"),
                null);
    }
}
