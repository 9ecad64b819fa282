package nl.triade.registry.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.UnavailableException;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.domain.account.TokenService;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.MemoryUtils;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Builds the Javalin app: JSON set-up, request ids, security headers, authentication, problem mapping
 * (also for what Jetty refuses itself), the API's routes and the web interface's, and every request
 * timed into {@code meters} ({@link RequestMeters}). It listens before it serves: until {@link #open} every
 * request is answered {@code 503} with {@code Retry-After}, so Jetty can start while the start makes what must
 * be there before the first request (the first administrator, the demo data).
 */
public final class HttpServer {
    private static final Duration STARTING = Duration.ofSeconds(1);
    /**
     * Classes a start initialises beside, before it builds the server: their static initialisation took a third of
     * the server's start ({@code MimeTypes} alone builds every locale of the JDK).
     */
    public static final List<Class<?>> SLOW_TO_INITIALISE = List.of(MimeTypes.class, QueuedThreadPool.class, Server.class,
            ServerConnector.class, ServletContextHandler.class, MemoryUtils.class, Javalin.class);
    private final Javalin javalin;
    private volatile boolean open;

    public HttpServer(Routes routes, Frontend frontend, TokenService tokens, ObjectMapper json, MeterRegistry meters) {
        RequestMeters requests = new RequestMeters(meters);
        this.javalin = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(JsonMappers.forTheWire(json), false));
            config.http.maxRequestSize = Requests.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProtocolErrors(json)));
            config.requestLogger.http(requests::record);
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                SecurityHeaders.apply(ctx);
                // read before any refusal (401, 403, 429, 503): one answered while the client still sends its body closes
                // the connection under it (Jetty keeps no connection whose request was not read), and the client sees no
                // answer at all; the body is kept for the handler, and MAX_BODY_BYTES bounds what is read
                ctx.bodyAsBytes();
                // liveness stays liveness: a server still starting is alive
                if (!open && !ctx.path().equals(Routes.HEALTH)) {
                    throw new UnavailableException("Triade is starting; try again in a moment", STARTING);
                }
                Authentication.attach(ctx, tokens);
            });
            config.routes.apiBuilder(routes.tree());
            config.routes.apiBuilder(frontend.routes());
            config.routes.exception(RegistryException.class, ProblemMapper::registryException);
            config.routes.exception(HttpResponseException.class, ProblemMapper::httpResponseException);
            config.routes.exception(Exception.class, ProblemMapper::unexpected);
            for (int status : new int[] {400, 404, 405, 413, 415, 500}) {
                config.routes.error(status, "*", ctx -> {
                    if (!frontend.answeredError(ctx)) {
                        ProblemMapper.errorStatus(ctx);
                    }
                });
            }
        });
    }

    /** Listens on {@code port} (0: a free one), answering {@code 503} until {@link #open}. */
    public void start(int port) {
        javalin.start(port);
    }

    /** Serves requests from now on. */
    public void open() {
        open = true;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }
}
