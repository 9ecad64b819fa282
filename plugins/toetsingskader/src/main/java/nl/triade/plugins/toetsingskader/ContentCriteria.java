package nl.triade.plugins.toetsingskader;

import java.util.List;
import java.util.Optional;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.SectionSnapshot;

/**
 * The substance of a standard, where only a person can judge whether it is adequate: the content
 * of care and the organisation of care (TK 2015 KS2, TK 3.0 c2) and the substantiation of the
 * content (KS3, c3). A rule checks that the section is there with a real text of at least its
 * minimum length, and then lists it as an {@code info} finding for the Register's reviewer, who
 * judges whether it says enough.
 */
final class ContentCriteria {
    /** One section the Toetsingskader asks for: its rule, its usual key, the words of its usual titles and what it describes. */
    private record Kind(String rule, String key, List<String> titleWords, String dutch, String english) {
    }

    private static final Kind CARE_CONTENT = new Kind("tk-care-content", "zorginhoud", List.of("inhoud van zorg", "content of care"),
            "de inhoud van zorg", "the content of care");
    private static final Kind CARE_ORGANISATION = new Kind("tk-care-organisation", "organisatie",
            List.of("organisatie van zorg", "organisation of care"), "de organisatie van zorg", "the organisation of care");
    private static final Kind SUBSTANTIATION = new Kind("tk-substantiation", "onderbouwing",
            List.of("onderbouwing", "verantwoording", "substantiation"), "de onderbouwing van de inhoud",
            "the substantiation of the content");

    private ContentCriteria() {
    }

    static void check(DocumentSnapshot document, MinimumLengths minimum, List<Finding> findings) {
        findings.add(judge(document, CARE_CONTENT, minimum.careContent()));
        findings.add(judge(document, CARE_ORGANISATION, minimum.careOrganisation()));
        findings.add(judge(document, SUBSTANTIATION, minimum.substantiation()));
    }

    private static Finding judge(DocumentSnapshot document, Kind kind, int minimum) {
        List<SectionSnapshot> candidates = Sections.all(document, kind.key, kind.titleWords);
        Optional<SectionSnapshot> described = candidates.stream()
                .filter(section -> Substance.of(section.body(), minimum) == Substance.Lack.NOTHING).findFirst();
        if (described.isPresent()) {
            SectionSnapshot section = described.get();
            return Finding.info(kind.rule, "sections." + section.key(), Texts.text(
                    "Ter beoordeling door de toetser van het Register: beschrijft sectie '" + section.key() + "' " + kind.dutch
                            + " toereikend?",
                    "For the Register's reviewer to judge: does section '" + section.key() + "' describe " + kind.english
                            + " adequately?"));
        }
        if (candidates.isEmpty()) {
            return Finding.error(kind.rule, "sections", Texts.text(
                    Texts.capitalised(kind.dutch) + " is niet beschreven (sectie '" + kind.key + "').",
                    Texts.capitalised(kind.english) + " is not described (section '" + kind.key + "')."));
        }
        SectionSnapshot section = candidates.get(0);
        String at = "sections." + section.key() + ".body";
        if (Substance.of(section.body(), minimum) == Substance.Lack.PLACEHOLDER) {
            return Finding.error(kind.rule, at, Texts.text(
                    "Sectie '" + section.key() + "' houdt alleen een plaats vrij voor " + kind.dutch + ".",
                    "Section '" + section.key() + "' only holds a place for " + kind.english + "."));
        }
        return Finding.error(kind.rule, at, Texts.text(
                "Sectie '" + section.key() + "' is te kort om " + kind.dutch + " te beschrijven: " + Substance.length(section.body())
                        + " tekens, minstens " + minimum + ".",
                "Section '" + section.key() + "' is too short to describe " + kind.english + ": "
                        + Substance.length(section.body()) + " characters, at least " + minimum + "."));
    }
}
