/**
 * The shared JSON configuration of the HTTP layer and the store (dates, enum wire names, strict
 * reading), and the guard that keeps the domain's records off the HTTP wire: responses are spelled
 * by their own records.
 */
package nl.triade.registry.json;
