/**
 * Rate limits on writes: how many of each kind of write an account, and all accounts of one
 * organisation together, may make in a period, so one party cannot flood a shared record or the
 * service. The policy lives here; the buckets are kept behind the {@link
 * nl.triade.registry.domain.limits.RateLimiter} port, in memory per instance for now.
 */
package nl.triade.registry.domain.limits;
