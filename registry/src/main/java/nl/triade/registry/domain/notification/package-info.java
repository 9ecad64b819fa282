/**
 * Notifications: an organisation's subscriptions (what it follows, which kinds of events, through
 * which channel), the fan-out that matches committed events against them into a durable outbox, one
 * row per subscription and event, and the dispatcher that hands each subscription's rows, in order,
 * to its channel with retries of its own. Whether the organisation may read an event's document is
 * judged when the event is matched, never only when it subscribed.
 */
package nl.triade.registry.domain.notification;
