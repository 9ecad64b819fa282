package nl.triade.plugins.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.triade.spi.Notification;
import nl.triade.spi.NotificationResult;
import nl.triade.spi.Notifier;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * POSTs a notification to the subscription's URL with headers {@code Triade-Delivery} (the delivery
 * id, the same on every attempt) and {@code Triade-Signature} (see {@link Signature}), signed afresh
 * at every attempt. A 2xx answer is a delivery; 408, 429, 5xx and network failures are tried again
 * (honouring {@code Retry-After}); any other answer is final for this delivery, and the host goes
 * on with the next. Redirects are not followed, so a receiver cannot point the request elsewhere;
 * the URL is checked again before every attempt (see {@link Target}). The exchange ends within the
 * host's time limit for the call, with a tenth to spare.
 */
@Extension
public final class WebhookNotifier implements Notifier {
    static final String DELIVERY_HEADER = "Triade-Delivery";
    private static final Duration LONGEST_CONNECT = Duration.ofSeconds(5);
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    @Override
    public Optional<String> targetProblem(String target, PluginContext context) {
        return Target.problem(target, context.settings());
    }

    @Override
    public NotificationResult deliver(Notification notification, PluginContext context) {
        Optional<String> problem = Target.problem(notification.target(), context.settings());
        if (problem.isPresent()) {
            return NotificationResult.retryLater(problem.get(), null);
        }
        String body = WebhookBody.of(notification);
        Duration budget = context.timeLimit().minus(context.timeLimit().dividedBy(10));
        Duration connect = budget.dividedBy(3).compareTo(LONGEST_CONNECT) < 0 ? budget.dividedBy(3) : LONGEST_CONNECT;
        HttpRequest request = HttpRequest.newBuilder(URI.create(notification.target().strip()))
                .timeout(budget.minus(connect))
                .header("Content-Type", "application/json")
                .header("User-Agent", "Triade-Webhook")
                .header(DELIVERY_HEADER, notification.deliveryId())
                .header(Signature.HEADER, Signature.header(notification.secret(), context.clock().instant().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<Void> response = clients.computeIfAbsent(connect, timeout -> HttpClient.newBuilder()
                    .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build())
                    .send(request, HttpResponse.BodyHandlers.discarding());
            return judge(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return NotificationResult.retryLater("the receiver could not be reached: " + e.getClass().getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NotificationResult.retryLater("interrupted while delivering", null);
        }
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
