/** Start-up configuration: an immutable record, loaded and validated once from the environment and arguments. */
package nl.triade.registry.config;
