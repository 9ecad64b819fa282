package nl.triade.registry.domain.notification;

import java.time.Instant;

/**
 * One organisation's subscription. {@code sealedSecret} is the signing secret as stored (sealed by
 * {@link SecretSeal}); {@code fromSeq} is the last event committed when it was made: it hears of later ones only.
 */
public record Subscription(String id, String organisation, SubscriptionTerms terms, String sealedSecret, long fromSeq,
                           String createdBy, Instant createdAt) {
}
