/**
 * Registered editions: the frozen revision the Register accepted, one per document version, public
 * for good, so drafting the next edition never hides the one in force.
 */
package nl.triade.registry.domain.edition;
