package nl.triade.plugins.registerhttp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.triade.spi.DeliveredSubmission;
import nl.triade.spi.PluginContext;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.RegisterVerdict;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;
import org.pf4j.Extension;

/**
 * POSTs the package as JSON to the Register's endpoint with the submission id as
 * {@code Idempotency-Key}. A 2xx answer with a {@code reference} is a delivery; other 4xx answers
 * are final (the Register will not take this package); 5xx, 408, 429, a 2xx without reference and
 * network failures are retried, honouring {@code Retry-After}. The Register's decision is asked
 * with {@code GET <endpoint>/<submission id>}; a {@code 200} with {@code status} {@code accepted}
 * or {@code rejected} reports it, anything else (including a Register without that resource)
 * leaves it to an administrator. The endpoint must be {@code https://} (see {@link Endpoint}), and
 * every exchange ends inside the host's time limit for the call (see {@link Timeouts}).
 */
@Extension
public final class HttpRegisterSubmitter implements RegisterSubmitter {
    static final String ENDPOINT = "endpoint";
    static final String TOKEN = "token";
    /** One client per connect timeout: the time limit is the same for every call, so in practice one. */
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    @Override
    public Set<String> requiredSettings() {
        return Set.of(ENDPOINT);
    }

    @Override
    public Set<String> secretSettings() {
        return Set.of(TOKEN);
    }

    @Override
    public Optional<String> configurationProblem(Map<String, String> settings) {
        return Endpoint.problem(settings);
    }

    @Override
    public SubmissionResult submit(SubmissionPackage submission, PluginContext context) {
        Timeouts timeouts = Timeouts.within(context.timeLimit());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(context.setting(ENDPOINT)))
                .timeout(timeouts.request())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", submission.submissionId())
                .POST(HttpRequest.BodyPublishers.ofString(PackageJson.write(submission)));
        authorise(request, context);
        try {
            HttpResponse<String> response = client(timeouts).send(request.build(), HttpResponse.BodyHandlers.ofString());
            return judge(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return SubmissionResult.retryLater("the Register could not be reached: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SubmissionResult.retryLater("interrupted while delivering", null);
        }
    }

    @Override
    public RegisterVerdict verdict(DeliveredSubmission submission, PluginContext context) {
        String endpoint = context.setting(ENDPOINT);
        Timeouts timeouts = Timeouts.within(context.timeLimit());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + (endpoint.endsWith("/") ? "" : "/")
                        + URLEncoder.encode(submission.submissionId(), StandardCharsets.UTF_8)))
                .timeout(timeouts.request())
                .header("Accept", "application/json")
                .GET();
        authorise(request, context);
        try {
            HttpResponse<String> response = client(timeouts).send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? PackageJson.verdict(response.body()) : RegisterVerdict.undecided();
        } catch (IOException e) {
            return RegisterVerdict.undecided();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegisterVerdict.undecided();
        }
    }

    private HttpClient client(Timeouts timeouts) {
        return clients.computeIfAbsent(timeouts.connect(), connect -> HttpClient.newBuilder().connectTimeout(connect).build());
    }

    private static void authorise(HttpRequest.Builder request, PluginContext context) {
        String token = context.setting(TOKEN);
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
    }

    static SubmissionResult judge(int status, String body, String retryAfter) {
        if (status >= 200 && status < 300) {
            String reference = PackageJson.reference(body);
            return reference == null
                    ? SubmissionResult.retryLater("the Register answered " + status + " without a reference", null)
                    : SubmissionResult.delivered(reference, body);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return SubmissionResult.retryLater("the Register answered " + status, seconds(retryAfter));
        }
        return SubmissionResult.rejected("the Register refused the package with " + status + ": " + abbreviate(body));
    }

    private static Duration seconds(String retryAfter) {
        try {
            return retryAfter == null ? null : Duration.ofSeconds(Long.parseLong(retryAfter.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
