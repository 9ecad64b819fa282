package nl.triade.registry.http;

import java.net.URI;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second instance of a per-class registry ({@link RunningRegistry#secondInstance}), as a second
 * server behind a load balancer, for every test of the class: held in a
 * {@code @RegisterExtension static final} field. It starts when first used, so after the registry
 * whatever order JUnit calls the extensions in, and closes after the class's last test.
 */
public final class SecondInstance implements ServedRegistry, AfterAllCallback {
    private final RunningRegistry first;
    private RunningRegistry second;

    private SecondInstance(RunningRegistry first) {
        this.first = first;
    }

    public static SecondInstance of(RunningRegistry first) {
        return new SecondInstance(first);
    }

    private RunningRegistry second() {
        if (second == null) {
            second = first.secondInstance();
        }
        return second;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (second != null) {
            second.close();
        }
    }

    public URI baseUri() {
        return second().baseUri();
    }

    @Override
    public ApiClient as(String token) {
        return second().as(token);
    }

    @Override
    public ApiClient admin() {
        return second().admin();
    }
}
