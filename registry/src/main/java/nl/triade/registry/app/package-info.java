/** The composition root: the only package that sees every other one and wires them together by hand. */
package nl.triade.registry.app;
