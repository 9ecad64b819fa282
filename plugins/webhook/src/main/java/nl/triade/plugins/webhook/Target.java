package nl.triade.plugins.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which URLs a webhook may be sent to. An org-admin chooses the URL, and the registry sends it
 * requests from inside its own network, so by default only {@code https://} URLs whose host resolves
 * to public addresses are accepted: no loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local (169.254/16, where cloud metadata services answer; fe80::/10), carrier-grade NAT
 * (100.64/10), multicast or unspecified address. Setting {@code allow-plain-http=true} admits
 * {@code http://}, {@code allow-private-addresses=true} those addresses (tests, a receiver on the same
 * machine or network). The check runs when subscribing and again before every delivery, since what a
 * name resolves to may change; no credentials in the URL (user information) are accepted.
 */
final class Target {
    static final String ALLOW_PLAIN_HTTP = "allow-plain-http";
    static final String ALLOW_PRIVATE_ADDRESSES = "allow-private-addresses";

    private Target() {
    }

    static Optional<String> problem(String target, Map<String, String> settings) {
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
        if (Boolean.parseBoolean(settings.get(ALLOW_PRIVATE_ADDRESSES))) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isInternal(address)) {
                    return Optional.of("target's host " + uri.getHost() + " is a loopback, private or link-local address; "
                            + "webhooks go to public addresses only");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("target's host " + uri.getHost() + " cannot be resolved");
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        return address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
    }
}
