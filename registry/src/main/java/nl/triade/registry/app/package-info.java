/**
 * The composition root: the only package that sees every other one and wires them together by hand,
 * handing every part the one clock, and closing what it opened when a start fails. Also the demo
 * data set that {@code --demo} seeds.
 */
package nl.triade.registry.app;
