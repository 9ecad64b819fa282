/** A test-only plugin that records the events it is told about. */
package nl.triade.plugins.eventrecorder;
