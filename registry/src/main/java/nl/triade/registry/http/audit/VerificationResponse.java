package nl.triade.registry.http.audit;

import nl.triade.registry.domain.audit.ChainVerification;

/** Schema {@code ChainVerification}. */
record VerificationResponse(boolean valid, long checked, Long brokenAt, String failure, String reason) {

    static VerificationResponse of(ChainVerification verification) {
        return new VerificationResponse(verification.valid(), verification.checked(), verification.brokenAt(),
                verification.failure(), verification.reason());
    }
}
