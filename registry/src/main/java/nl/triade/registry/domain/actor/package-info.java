/**
 * Who acts: the {@code Caller} a request is on behalf of, the {@code Role} of its account and the
 * {@code OrganisationKind} of its organisation. Every feature asks these questions, so they live
 * apart from account management, which only some features need.
 */
package nl.triade.registry.domain.actor;
