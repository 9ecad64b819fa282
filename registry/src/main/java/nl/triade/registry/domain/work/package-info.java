/**
 * What waits for an organisation, gathered for one person's "my work": comments its authors must
 * answer, authorisations its org-admin must decide, consultations open on the conditions
 * (aandoeningen) it follows, and tijdpaden of its registered documents past their date. Only reads;
 * every list is bounded, and all four come from one read transaction.
 */
package nl.triade.registry.domain.work;
