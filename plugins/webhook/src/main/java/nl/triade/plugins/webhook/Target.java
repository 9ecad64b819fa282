package nl.triade.plugins.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Which URLs a webhook may be sent to. An org-admin chooses the URL, and the registry sends it
 * requests from inside its own network, so by default only {@code https://} URLs whose host resolves
 * to public addresses are accepted: no loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16, where cloud metadata services answer; fe80::/10), carrier-grade NAT
 * (100.64/10), multicast, broadcast, unspecified or otherwise reserved address, however it is
 * written (IPv4 inside IPv6 included). Setting {@code allow-plain-http=true} admits {@code http://},
 * {@code allow-private-addresses=true} those addresses (tests, a receiver on the same machine or
 * network). The URL is checked when subscribing; the addresses are checked again by the resolver
 * of every connection ({@link CheckedResolver}), since what a name resolves to may change. No
 * credentials in the URL (user information) are accepted.
 */
final class Target {
    static final String ALLOW_PLAIN_HTTP = "allow-plain-http";
    static final String ALLOW_PRIVATE_ADDRESSES = "allow-private-addresses";

    private Target() {
    }

    /** Why webhooks may not go to {@code target}, its host resolved by {@code names}; empty when they may. */
    static Optional<String> problem(String target, Map<String, String> settings, DnsResolver names) {
        Optional<String> shape = shapeProblem(target, settings);
        if (shape.isPresent() || allowsPrivate(settings)) {
            return shape;
        }
        String host = URI.create(target.strip()).getHost();
        try {
            new CheckedResolver(names, false).resolve(host);
            return Optional.empty();
        } catch (CheckedResolver.RefusedAddress e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.of("target's host " + host + " cannot be resolved");
        }
    }

    /** What is wrong with the URL itself, without resolving its host: scheme, host and user information. */
    static Optional<String> shapeProblem(String target, Map<String, String> settings) {
        URI uri;
        try {
            uri = new URI(target.strip());
        } catch (URISyntaxException e) {
            return Optional.of("target is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("target must be an https:// URL with a host");
        }
        if (scheme.equals("http") && !Boolean.parseBoolean(settings.get(ALLOW_PLAIN_HTTP))) {
            return Optional.of("target must be an https:// URL; this installation does not send webhooks over plain http");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("target must not carry credentials before its host");
        }
        return Optional.empty();
    }

    static boolean allowsPrivate(Map<String, String> settings) {
        return Boolean.parseBoolean(settings.get(ALLOW_PRIVATE_ADDRESSES));
    }

    /**
     * Whether webhooks must not go to {@code address}: IPv4 outside the public unicast ranges (IANA's
     * special-purpose registry; see {@link AddressRanges}), IPv6 outside global unicast (2000::/3) or in
     * its Teredo or 6to4 parts; an IPv4 address inside NAT64's well-known prefix (64:ff9b::/96) is judged as IPv4.
     * Java reads IPv4-mapped IPv6 ({@code ::ffff:127.0.0.1}) as IPv4 already.
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return AddressRanges.INTERNAL_V4.contains(bytes);
        }
        if (AddressRanges.NAT64.contains(bytes)) {
            byte[] embedded = {bytes[12], bytes[13], bytes[14], bytes[15]};
            return AddressRanges.INTERNAL_V4.contains(embedded);
        }
        return !AddressRanges.GLOBAL_V6.contains(bytes) || AddressRanges.SPECIAL_GLOBAL_V6.contains(bytes);
    }
}
