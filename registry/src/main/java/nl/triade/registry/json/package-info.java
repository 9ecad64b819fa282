/**
 * The shared JSON configuration. Both the HTTP layer and the store serialise domain records with
 * it, so the spelling of stored and served JSON can never drift apart.
 */
package nl.triade.registry.json;
