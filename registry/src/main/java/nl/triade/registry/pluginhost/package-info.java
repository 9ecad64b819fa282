/**
 * The PF4J side: loading plugins with the SPI version check, their settings, guarded calls with
 * time limits, and adapters from the domain's ports (validators, reviewers, submitters, the event
 * feed) to the extensions. The domain hands the adapters everything they translate into SPI
 * snapshots; they open no transaction. Plugins only ever see SPI snapshots, never domain, database
 * or HTTP objects.
 */
package nl.triade.registry.pluginhost;
