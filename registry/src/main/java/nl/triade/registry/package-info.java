/** Triade's registry server. {@link nl.triade.registry.Main} starts it; {@code app} wires it. */
package nl.triade.registry;
