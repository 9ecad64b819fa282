/**
 * Validation: reports of the organisations' validators (plugins, behind the {@code Validators}
 * port) on a revision. Authorisation can only be requested for a revision whose latest report has
 * no error.
 */
package nl.triade.registry.domain.validation;
