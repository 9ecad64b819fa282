/** Subscriptions, their outbox of deliveries, and the key file that seals their secrets. */
package nl.triade.registry.store.notification;
