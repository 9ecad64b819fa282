package nl.triade.registry.http;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;

/**
 * The web interface as the HTTP server sees it: its routes, registered beside the API's, and its
 * say over error statuses a person's browser will read. The server knows it only through this
 * interface, so the API's layer never depends on the pages.
 */
public interface Frontend {
    /** The pages' URL tree. */
    EndpointGroup routes();

    /**
     * Answers an error status (an unknown path, a wrong method) with a page when the request is
     * the web interface's, and says so; false leaves it to the problem mapper.
     */
    boolean answeredError(Context ctx);
}
