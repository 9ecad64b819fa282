package nl.triade.plugins.webhook;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import nl.triade.spi.Notification;
import nl.triade.spi.NotificationResult;
import nl.triade.spi.Notifier;
import nl.triade.spi.PluginContext;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.pf4j.Extension;

/**
 * POSTs a notification to the subscription's URL with headers {@code Triade-Delivery} (the delivery
 * id, the same on every attempt) and {@code Triade-Signature} (see {@link Signature}), signed afresh
 * at every attempt. A 2xx answer is a delivery; 408, 429, 5xx and network failures are tried again
 * (honouring {@code Retry-After}); any other answer is final for this delivery, and the host goes
 * on with the next. Redirects are not followed, so a receiver cannot point the request elsewhere.
 * The connection resolves the host through {@link CheckedResolver}, so it goes only to addresses
 * that passed the check at that very moment. The exchange ends within the host's time limit for the
 * call, with a tenth to spare; the answer's body is never read.
 */
@Extension
public final class WebhookNotifier implements Notifier {
    static final String DELIVERY_HEADER = "Triade-Delivery";
    private static final Duration LONGEST_CONNECT = Duration.ofSeconds(5);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final int CONNECTIONS = 16;
    private final DnsResolver names;
    private final Map<Setup, CloseableHttpClient> clients = new ConcurrentHashMap<>();

    /** How a client connects: within {@code connect}, each read within {@code budget}, internal addresses allowed or not. */
    private record Setup(Duration connect, Duration budget, boolean allowPrivate) {
    }

    public WebhookNotifier() {
        this(SystemDefaultDnsResolver.INSTANCE);
    }

    /** With the name service to ask; tests give one that answers as an attacker's would. */
    WebhookNotifier(DnsResolver names) {
        this.names = names;
    }

    @Override
    public Optional<String> targetProblem(String target, PluginContext context) {
        return Target.problem(target, context.settings(), names);
    }

    @Override
    public NotificationResult deliver(Notification notification, PluginContext context) {
        Optional<String> problem = Target.shapeProblem(notification.target(), context.settings());
        if (problem.isPresent()) {
            return NotificationResult.retryLater(problem.get(), null);
        }
        String body = WebhookBody.of(notification);
        Duration budget = context.timeLimit().minus(context.timeLimit().dividedBy(10));
        Duration connect = budget.dividedBy(3).compareTo(LONGEST_CONNECT) < 0 ? budget.dividedBy(3) : LONGEST_CONNECT;
        HttpPost post = new HttpPost(URI.create(notification.target().strip()));
        post.setHeader("User-Agent", "Triade-Webhook");
        post.setHeader(DELIVERY_HEADER, notification.deliveryId());
        post.setHeader(Signature.HEADER, Signature.header(notification.secret(), context.clock().instant().getEpochSecond(), body));
        post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), JSON));
        // a receiver that trickles its answer is cut off at the budget, however often it sends a byte
        CompletableFuture<Void> deadline = CompletableFuture.runAsync(post::cancel,
                CompletableFuture.delayedExecutor(budget.toMillis(), TimeUnit.MILLISECONDS));
        CloseableHttpClient client = clients.computeIfAbsent(new Setup(connect, budget, Target.allowsPrivate(context.settings())),
                this::client);
        try (ClassicHttpResponse response = client.executeOpen(null, post, null)) {
            Header retryAfter = response.getFirstHeader("Retry-After");
            NotificationResult result = judge(response.getCode(), retryAfter == null ? null : retryAfter.getValue());
            post.cancel();
            return result;
        } catch (IOException e) {
            return NotificationResult.retryLater(unreached(e, post.isCancelled(), budget), null);
        } finally {
            deadline.cancel(false);
        }
    }

    private CloseableHttpClient client(Setup setup) {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(names, setup.allowPrivate()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(setup.connect()))
                                .setSocketTimeout(Timeout.of(setup.budget()))
                                .build())
                        .setMaxConnTotal(CONNECTIONS)
                        .setMaxConnPerRoute(CONNECTIONS)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** Why an attempt reached no answer: the resolver's refusal, the budget, or the network. */
    private static String unreached(IOException failure, boolean cutOff, Duration budget) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CheckedResolver.RefusedAddress refused) {
                return refused.getMessage();
            }
        }
        return cutOff ? "the receiver did not answer within " + budget.toMillis() + " ms"
                : "the receiver could not be reached: " + failure.getClass().getSimpleName();
    }

    static NotificationResult judge(int status, String retryAfter) {
        if (status >= 200 && status < 300) {
            return NotificationResult.delivered();
        }
        if (status == 408 || status == 429 || status >= 500) {
            return NotificationResult.retryLater("the receiver answered " + status, retryAfterSeconds(retryAfter));
        }
        return NotificationResult.refused("the receiver refused the delivery with " + status);
    }

    private static Duration retryAfterSeconds(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }
}
