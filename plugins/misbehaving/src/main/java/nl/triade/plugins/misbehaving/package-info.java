/** A test-only plugin whose extensions break the SPI contract in every way a real one might. */
package nl.triade.plugins.misbehaving;
