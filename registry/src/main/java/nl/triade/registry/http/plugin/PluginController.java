package nl.triade.registry.http.plugin;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code GET /plugins}: what is loaded, in which state, with which extensions; for administrators. */
public final class PluginController {
    private final Supplier<List<PluginResponse>> plugins;

    public PluginController(Supplier<List<PluginResponse>> plugins) {
        this.plugins = plugins;
    }

    public void list(Context ctx) {
        if (!Requests.caller(ctx).isAdministrator()) {
            throw new ForbiddenException("only administrators see the plugins");
        }
        ctx.json(new ListResponse<>(plugins.get(), null));
    }
}
