/** The Meerjarenagenda's items in table {@code agenda_items}. */
package nl.triade.registry.store.agenda;
