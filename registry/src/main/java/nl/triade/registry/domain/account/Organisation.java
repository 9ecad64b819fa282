package nl.triade.registry.domain.account;

import java.time.Instant;
import nl.triade.registry.domain.actor.OrganisationKind;

/** A party: a patient organisation, care provider, insurer or the Register; {@code umbrella} is the koepel (umbrella body) it belongs to, or null. */
public record Organisation(String slug, String name, OrganisationKind kind, String umbrella, Instant createdAt) {
}
