/**
 * Validation: reports of the organisations' validators (plugins, behind the {@code Validators}
 * port) on a revision. Authorisation can only be requested for a revision whose latest report has
 * no blocking finding; {@code ValidatorReach} decides which documents a validator's errors bind.
 */
package nl.triade.registry.domain.validation;
