package nl.triade.registry.domain.document;

/** Which overdue tijdpaden of registered editions have been reported, so that each is reported once. */
public interface OverdueTimelineLedger {

    /** Notes {@code timeline} of edition {@code version} as reported; false when it was noted before. */
    boolean note(String documentId, int version, Timeline timeline);

    /** Whether {@code timeline} of edition {@code version} has been reported. */
    boolean noted(String documentId, int version, Timeline timeline);
}
