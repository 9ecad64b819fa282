/**
 * The web interface: server-rendered pages for people, in Dutch first and in English, on the same
 * domain services as the API ({@code http/}), never on repositories. Templates are JTE, compiled at
 * build time from {@code src/main/jte}; every text comes from the message bundles {@code web/texts_*}.
 */
package nl.triade.registry.web;
