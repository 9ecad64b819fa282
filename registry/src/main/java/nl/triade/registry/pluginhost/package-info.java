/**
 * The PF4J side: loading plugins with the SPI version check, their settings, guarded calls with
 * time limits, and adapters from the domain's ports (validators, reviewers, submitters) to the
 * extensions. Plugins only ever see SPI snapshots, never domain, database or HTTP objects.
 */
package nl.triade.registry.pluginhost;
