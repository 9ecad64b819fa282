/**
 * The Register's assessment frameworks (toetsingskaders): which version applies to a document and
 * which criteria it names. Plain values, known to every feature that judges or assesses a
 * document; this room depends on nothing else in the domain.
 */
package nl.triade.registry.domain.framework;
