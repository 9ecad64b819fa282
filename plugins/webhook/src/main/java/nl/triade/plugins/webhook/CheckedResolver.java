package nl.triade.plugins.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The resolver of every webhook connection: it asks the name service once and refuses the whole
 * answer when any address in it is internal ({@link Target#isInternal}). HttpClient connects only to
 * addresses this resolver returned, so the addresses checked are exactly the addresses connected to:
 * a name that answers a public address when the target is checked and an internal one a moment later
 * (DNS rebinding) is refused at the connection itself.
 */
final class CheckedResolver implements DnsResolver {
    private final DnsResolver names;
    private final boolean allowPrivate;

    CheckedResolver(DnsResolver names, boolean allowPrivate) {
        this.names = names;
        this.allowPrivate = allowPrivate;
    }

    /** An answer refused because it holds an internal address; its message says so for the subscription's status. */
    static final class RefusedAddress extends UnknownHostException {
        private static final long serialVersionUID = 1L;

        RefusedAddress(String host) {
            super("target's host " + host + " is a loopback, private or link-local address; webhooks go to public addresses only");
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = names.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (Target.isInternal(address)) {
                    throw new RefusedAddress(host);
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return names.resolveCanonicalHostname(host);
    }
}
