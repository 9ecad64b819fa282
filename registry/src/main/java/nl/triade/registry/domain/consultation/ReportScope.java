package nl.triade.registry.domain.consultation;

/** What a consultation report covers. */
public sealed interface ReportScope {

    /** The threads started during round {@code number}. */
    record Round(int number) implements ReportScope {
    }

    /** The threads started outside any round: a co-author's remark on a draft, say. */
    record Outside() implements ReportScope {
    }

    /** Every thread that shaped registered edition {@code version}: its rounds and the drafting around them. */
    record EditionOf(int version) implements ReportScope {
    }

    /**
     * Every thread that shaped revision {@code revision}: started on it or before, and after the
     * registered edition before it, if any (what a submission of that revision hands the Register).
     */
    record LeadingTo(int revision) implements ReportScope {
    }
}
