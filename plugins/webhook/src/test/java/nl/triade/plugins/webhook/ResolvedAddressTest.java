package nl.triade.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.Notification;
import nl.triade.spi.NotificationResult;
import nl.triade.spi.PluginContext;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a hostile org-admin's name answers a public address when the target is checked and
 * an internal one when the webhook connects. The notifier connects to exactly the addresses its
 * check approved, because the check runs inside the resolver the connection itself uses. The
 * resolver here stands in for the attacker's name server; the receiver is a server on this
 * machine's loopback address, where an internal service would listen.
 */
class ResolvedAddressTest {
    private static final String NAME = "hooks.rebinding.example";
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer internal;

    @BeforeEach
    void startAnInternalService() throws Exception {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        internal.start();
    }

    @AfterEach
    void stop() {
        internal.stop(0);
    }

    @Test
    void theConnectionGoesToTheAddressTheResolverAnswered() {
        WebhookNotifier notifier = new WebhookNotifier(answering(List.of("127.0.0.1")));
        NotificationResult result = notifier.deliver(notification(), context(Map.of(Target.ALLOW_PLAIN_HTTP, "true",
                Target.ALLOW_PRIVATE_ADDRESSES, "true")));
        assertEquals(NotificationResult.Outcome.DELIVERED, result.outcome(), result.reason());
        assertEquals(1, received.size());
    }

    @Test
    void aNameThatRebindsToAnInternalAddressBetweenCheckAndConnectionIsNotSentTo() {
        WebhookNotifier notifier = new WebhookNotifier(answering(List.of("93.184.215.14", "127.0.0.1")));
        PluginContext context = context(Map.of(Target.ALLOW_PLAIN_HTTP, "true"));
        assertEquals(Optional.empty(), notifier.targetProblem(notification().target(), context), "public when subscribing");

        NotificationResult result = notifier.deliver(notification(), context);
        assertEquals(NotificationResult.Outcome.RETRY, result.outcome(), result.reason());
        assertTrue(result.reason().contains("public addresses only"), result.reason());
        assertEquals(List.of(), received, "nothing reached the internal service");
    }

    /** A name server that gives each answer in turn, the last one from then on. */
    private static DnsResolver answering(List<String> answers) {
        AtomicInteger asked = new AtomicInteger();
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                if (!host.equals(NAME)) {
                    throw new UnknownHostException(host);
                }
                String answer = answers.get(Math.min(asked.getAndIncrement(), answers.size() - 1));
                return new InetAddress[] {InetAddress.getByName(answer)};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
    }

    private Notification notification() {
        EventSnapshot event = new EventSnapshot(7, Instant.parse("2026-11-30T12:00:00Z"), "acc_1", "vereniging",
                "document.open-consultation", "doc_1", Map.of(), "0".repeat(64));
        return new Notification("dlv_1", "sub_1", "vereniging", "http://" + NAME + ":" + internal.getAddress().getPort() + "/hook",
                "whsec_test", List.of(new Notification.NotifiedEvent("consultation-opened", event)));
    }

    private static PluginContext context(Map<String, String> settings) {
        return new PluginContext("webhook", Clock.systemUTC(), settings);
    }
}
