/**
 * The {@code webhook} notifier: POSTs each notification as JSON to the subscription's URL, signed
 * with the subscription's secret (HMAC-SHA256 over the timestamp and the body), refusing URLs that
 * point into the registry's own network unless the installation allows it.
 */
package nl.triade.plugins.webhook;
