package nl.triade.registry.http.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.account.OrganisationService;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /organisations}: administrators create them, every account reads them. */
public final class OrganisationController {
    private final OrganisationService organisations;
    private final ObjectMapper json;

    public OrganisationController(OrganisationService organisations, ObjectMapper json) {
        this.organisations = organisations;
        this.json = json;
    }

    public void create(Context ctx) {
        OrganisationCreate request = Requests.body(ctx, json, OrganisationCreate.class);
        Organisation created = organisations.create(Requests.caller(ctx), request.validated());
        ctx.status(201).header("Location", "/api/v1/organisations/" + created.slug()).json(OrganisationResponse.of(created));
    }

    public void list(Context ctx) {
        Requests.caller(ctx);
        ctx.json(ListResponse.of(organisations.list(Requests.page(ctx)), OrganisationResponse::of));
    }

    public void get(Context ctx) {
        Requests.caller(ctx);
        ctx.json(OrganisationResponse.of(organisations.get(ctx.pathParam("slug"))));
    }
}
