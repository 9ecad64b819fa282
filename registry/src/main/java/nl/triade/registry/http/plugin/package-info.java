/** HTTP resource listing the loaded plugins. */
package nl.triade.registry.http.plugin;
