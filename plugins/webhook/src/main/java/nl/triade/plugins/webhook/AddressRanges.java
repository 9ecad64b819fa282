package nl.triade.plugins.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Address ranges as CIDR prefixes, written out from IANA's IPv4 and IPv6 special-purpose address
 * registries (RFC 6890 and its updates): what {@link Target#isInternal} refuses besides what the
 * JDK's own checks (loopback, site- and link-local, any, multicast) already do.
 */
final class AddressRanges {
    /**
     * What may answer inside a network but is no public destination: "this network", private, shared,
     * loopback, link-local, protocol assignments, the 6to4 relay, benchmarking, multicast and reserved.
     * The documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24) reach nothing anywhere, so
     * they need no refusal, and examples may use them.
     */
    static final AddressRanges INTERNAL_V4 = of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
            "172.16.0.0/12", "192.0.0.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4");
    static final AddressRanges NAT64 = of("64:ff9b::/96");
    static final AddressRanges GLOBAL_V6 = of("2000::/3");
    /** Inside 2000::/3 yet no plain destination: protocol assignments with Teredo, and 6to4, whose addresses carry an IPv4 one. */
    static final AddressRanges SPECIAL_GLOBAL_V6 = of("2001::/23", "2002::/16");

    private record Prefix(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Prefix> prefixes;

    private AddressRanges(List<Prefix> prefixes) {
        this.prefixes = prefixes;
    }

    private static AddressRanges of(String... cidrs) {
        return new AddressRanges(List.of(cidrs).stream().map(AddressRanges::prefix).toList());
    }

    private static Prefix prefix(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            return new Prefix(InetAddress.getByName(cidr.substring(0, slash)).getAddress(), Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a literal address is never looked up: " + cidr, e);
        }
    }

    boolean contains(byte[] address) {
        return prefixes.stream().anyMatch(prefix -> prefix.contains(address));
    }
}
