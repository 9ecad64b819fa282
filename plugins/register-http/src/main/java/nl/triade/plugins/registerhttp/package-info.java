/**
 * The register-http plugin: delivers submissions to the Register's HTTP endpoint
 * ({@code TRIADE_PLUGIN_REGISTER_HTTP_ENDPOINT}, {@code https://} unless {@code …_ALLOW_PLAIN_HTTP}
 * is {@code true}; optional secret {@code …_TOKEN}), within the host's time limit for submitters.
 */
package nl.triade.plugins.registerhttp;
