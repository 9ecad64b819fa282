package nl.triade.registry.domain.framework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The framework version a document is judged by, and why: the version in force on the day its
 * current version was first submitted to the Register, or, before that, the version in force
 * today (what it would be judged by if it were submitted now). {@code on} is that day, a date in
 * the Netherlands.
 */
public record ApplicableFramework(Framework framework, Basis by, LocalDate on) {

    /** What chose the version: the submission date, or today for a version not yet submitted. */
    public enum Basis {
        SUBMISSION, TODAY
    }

    public ApplicableFramework {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(on, "on");
    }

    /** The version in force on {@code submittedOn}, the day the current version was first submitted. */
    public static ApplicableFramework submittedOn(LocalDate submittedOn) {
        return new ApplicableFramework(Framework.inForceOn(submittedOn), Basis.SUBMISSION, submittedOn);
    }

    /** The version in force {@code today}, for a version not yet submitted. */
    public static ApplicableFramework notYetSubmitted(LocalDate today) {
        return new ApplicableFramework(Framework.inForceOn(today), Basis.TODAY, today);
    }
}
