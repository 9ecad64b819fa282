/**
 * The Meerjarenagenda (art. 66c Zvw): which topics the field must deliver a standard or instrument
 * for, by whom and when. The Register's accounts keep its items; documents link to them; an item
 * whose deadline passes without a submission becomes overdue, and the Register may then assign it
 * to the Kwaliteitsraad.
 */
package nl.triade.registry.domain.agenda;
