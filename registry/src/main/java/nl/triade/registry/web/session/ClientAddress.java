package nl.triade.registry.web.session;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The network address failed sign-ins are counted against. It is the address the request came
 * from, unless that is this machine or a private network, as for a reverse proxy in front of
 * Triade: then it is the last address the proxy appended to {@code X-Forwarded-For}. A browser
 * that reaches Triade directly from the internet cannot choose its address this way.
 */
final class ClientAddress {
    private static final int MAX_LENGTH = 100;

    private ClientAddress() {
    }

    static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !isLocal(peer)) {
            return peer;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return last.isEmpty() || last.length() > MAX_LENGTH ? peer : last;
    }

    /** Only for the peer's address, which is always a literal: no name is ever looked up. */
    private static boolean isLocal(String address) {
        try {
            InetAddress parsed = InetAddress.getByName(address);
            return parsed.isLoopbackAddress() || parsed.isSiteLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
