package nl.triade.registry.web.decisions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.authorisation.Ballot;
import nl.triade.registry.domain.authorisation.Standing;
import nl.triade.registry.web.PageFrame;

/**
 * The decision page: the ballot (the frozen version, the round so far, the reader's standing),
 * the form as it was sent (what was typed, and its field errors), a refusal explained in plain
 * words, and the notice of a decision just taken.
 *
 * @param notice the decision just taken ({@code approve}, {@code reject}), or null
 */
public record DecisionView(Ballot ballot, String csrf, Form form, Refusal refusal, String notice) {
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** The form as sent: its decision, its motivation as typed, and per field the rule that refused it. */
    public record Form(String decision, String motivation, Map<String, String> errors) {
        public Form {
            errors = Map.copyOf(errors);
        }

        static Form empty() {
            return new Form(null, "", Map.of());
        }

        /** The rule that refused {@code field}, or null. */
        public String error(String field) {
            return errors.get(field);
        }

        /** What to show in the reason field: the motivation of a refused rejection, kept. */
        public String rejectMotivation() {
            return "reject".equals(decision) ? motivation : "";
        }
    }

    /**
     * A refusal by a rule, as the keys of its text: what happened, and what to do. {@code staleHash}
     * is the content hash the refused form named, when the text changed since the page was shown.
     */
    public record Refusal(String whatKey, String todoKey, String staleHash) {
        public String staleFingerprint() {
            return Fingerprint.grouped(staleHash);
        }
    }

    public String id() {
        return ballot.document().id();
    }

    public String title() {
        return ballot.document().content().fields().title();
    }

    public boolean mayDecide() {
        return ballot.standing() == Standing.MAY_DECIDE;
    }

    /** Whether the page shows a round: only a document with a frozen revision has one. */
    public boolean hasRound() {
        return ballot.document().workflow().frozenRevision() != null;
    }

    public Integer frozenRevision() {
        return ballot.document().workflow().frozenRevision();
    }

    public String frozenHash() {
        return ballot.document().workflow().frozenHash();
    }

    public String fingerprint() {
        return Fingerprint.grouped(frozenHash());
    }

    /** The editing group's comparison of the frozen text with the one before it; null when there is nothing earlier. */
    public String differenceUrl() {
        Integer frozen = frozenRevision();
        return frozen == null || ballot.comparedWith() >= frozen ? null
                : documentUrl() + "/verschil?van=" + ballot.comparedWith() + "&naar=" + frozen;
    }

    public String documentUrl() {
        return "/documenten/" + DecisionPages.encode(id());
    }

    public String decisionUrl() {
        return documentUrl() + "/besluit";
    }

    public String validationUrl() {
        return documentUrl() + "/validatie";
    }

    /** The reason text of the reader's standing, when they may not decide. */
    public String standingKey() {
        return "decisions.standing." + WireNames.of(ballot.standing());
    }

    /** A moment as a date and a time in the Netherlands, written as the page's language writes them. */
    public String moment(PageFrame frame, Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(frame.language().locale())
                .format(at.atZone(DUTCH_TIME));
    }
}
