/** HTTP resources of the Meerjarenagenda: its items, kept by the Register and public to all. */
package nl.triade.registry.http.agenda;
