/** {@code /organisations/{slug}/subscriptions}: an organisation's subscriptions to notifications. */
package nl.triade.registry.http.notification;
