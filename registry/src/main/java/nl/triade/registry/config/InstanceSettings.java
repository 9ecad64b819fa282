package nl.triade.registry.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who this instance is among several on one database, and how long its leases on background work
 * last. {@code TRIADE_INSTANCE_ID} names it (letters, digits, {@code . _ -}, at most 100); without
 * it, the host name and a random suffix, different on every start. {@code TRIADE_LEASE_MS} is how
 * long a lease on a round lasts without renewal (and so how soon another instance takes over from
 * one that died); it must be at least twice the plugin time limit, because a lease is renewed once
 * half of it is left and one plugin call may take that limit. A submission's lease lasts the
 * submitter time limit plus this.
 *
 * @param id    this instance's name in the leases it holds
 * @param lease how long a lease on a round lasts without renewal
 */
public record InstanceSettings(String id, Duration lease) {
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String SUFFIX_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static InstanceSettings load(Map<String, String> environment, Duration pluginTimeout) {
        return new InstanceSettings(id(environment.get("TRIADE_INSTANCE_ID")), lease(environment.get("TRIADE_LEASE_MS"), pluginTimeout));
    }

    /** How long this instance may hold a submission: the submitter's time limit for one call, and the lease as margin. */
    public Duration submissionLease(Duration submitterTimeout) {
        return submitterTimeout.plus(lease);
    }

    private static String id(String value) {
        if (value == null || value.isBlank()) {
            return hostName() + "-" + suffix();
        }
        if (!NAME.matcher(value.trim()).matches()) {
            throw new ConfigException("TRIADE_INSTANCE_ID must be 1 to 100 letters, digits, '.', '_' or '-', was '" + value + "'");
        }
        return value.trim();
    }

    private static Duration lease(String value, Duration pluginTimeout) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LEASE.compareTo(pluginTimeout.multipliedBy(2)) < 0 ? pluginTimeout.multipliedBy(2) : DEFAULT_LEASE;
        }
        try {
            long millis = Long.parseLong(value.trim());
            if (millis >= pluginTimeout.multipliedBy(2).toMillis() && millis <= 3_600_000) {
                return Duration.ofMillis(millis);
            }
        } catch (NumberFormatException e) {
            // reported below with the rule
        }
        throw new ConfigException("TRIADE_LEASE_MS must be a number of milliseconds from twice TRIADE_PLUGIN_TIMEOUT_MS ("
                + pluginTimeout.multipliedBy(2).toMillis() + ") to 3600000, was '" + value + "'");
    }

    /** The host's name, cut to fit a name with its suffix; a host without one is called {@code triade}. */
    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
            return name.isEmpty() ? "triade" : name.substring(0, Math.min(name.length(), 90));
        } catch (UnknownHostException e) {
            return "triade";
        }
    }

    private static String suffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
        }
        return suffix.toString();
    }
}
