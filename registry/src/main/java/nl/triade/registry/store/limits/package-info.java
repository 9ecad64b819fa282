/**
 * The storage side of the rate limits: table {@code rate_buckets}, one row per account or
 * organisation and kind of write, shared by every instance on the database.
 */
package nl.triade.registry.store.limits;
