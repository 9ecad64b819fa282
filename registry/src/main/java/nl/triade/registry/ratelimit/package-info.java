/**
 * The rate limiter of this version: token buckets of Bucket4j held in memory, one per account or
 * organisation and kind of write. State lives and dies with the instance; see {@link
 * nl.triade.registry.domain.limits.RateLimiter} for what that means behind a load balancer.
 */
package nl.triade.registry.ratelimit;
