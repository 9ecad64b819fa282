/**
 * The register-http plugin: delivers submissions to the Register's HTTP endpoint
 * ({@code TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT}, optional secret {@code …_TOKEN}).
 */
package nl.triade.plugins.registerhttp;
