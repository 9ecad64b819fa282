package nl.triade.registry.http.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.notification.DeliveryStatus;
import nl.triade.registry.domain.notification.Subscription;
import nl.triade.registry.domain.notification.SubscriptionService;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /organisations/{slug}/subscriptions}: the organisation's org-admins and administrators keep them. */
public final class SubscriptionController {
    private final SubscriptionService subscriptions;
    private final ObjectMapper json;

    public SubscriptionController(SubscriptionService subscriptions, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.json = json;
    }

    /** Schema {@code SubscriptionFollows}. */
    record FollowsResponse(List<String> conditions, boolean participating, List<String> documents) {
    }

    /** Schema {@code SubscriptionDeliveries}: how the subscription's deliveries fare. */
    record DeliveriesResponse(int pending, int delivered, int failed, Instant lastDeliveredAt, String lastError,
                              Instant nextAttemptAt) {
        static DeliveriesResponse of(DeliveryStatus status) {
            return new DeliveriesResponse(status.pending(), status.delivered(), status.failed(), status.lastDeliveredAt(),
                    status.lastError(), status.nextAttemptAt());
        }
    }

    /** Schema {@code Subscription}; {@code secret} only in the answer that created it. */
    record SubscriptionResponse(String id, String organisation, String channel, String target, List<String> kinds,
                                FollowsResponse follows, String createdBy, Instant createdAt, DeliveriesResponse deliveries,
                                String secret) {
        static SubscriptionResponse of(Subscription subscription, DeliveryStatus status, String secret) {
            return new SubscriptionResponse(subscription.id(), subscription.organisation(), subscription.terms().channel(),
                    subscription.terms().target(), subscription.terms().kinds().stream().map(WireNames::of).sorted().toList(),
                    new FollowsResponse(subscription.terms().follows().conditions(), subscription.terms().follows().participating(),
                            subscription.terms().follows().documents()),
                    subscription.createdBy(), subscription.createdAt(), DeliveriesResponse.of(status), secret);
        }
    }

    public void create(Context ctx) {
        SubscriptionInput request = Requests.body(ctx, json, SubscriptionInput.class);
        String organisation = ctx.pathParam("slug");
        SubscriptionService.Created created = subscriptions.create(Requests.caller(ctx), organisation, request.validated());
        ctx.status(201).header("Location", "/api/v1/organisations/" + organisation + "/subscriptions/" + created.subscription().id())
                .json(SubscriptionResponse.of(created.subscription(), created.status(), created.secret()));
    }

    public void list(Context ctx) {
        List<SubscriptionService.Listed> listed = subscriptions.list(Requests.caller(ctx), ctx.pathParam("slug"));
        ctx.json(new ListResponse<>(listed.stream().map(SubscriptionController::response).toList(), null));
    }

    public void get(Context ctx) {
        ctx.json(response(subscriptions.get(Requests.caller(ctx), ctx.pathParam("slug"), ctx.pathParam("sid"))));
    }

    public void delete(Context ctx) {
        subscriptions.delete(Requests.caller(ctx), ctx.pathParam("slug"), ctx.pathParam("sid"));
        ctx.status(204);
    }

    private static SubscriptionResponse response(SubscriptionService.Listed listed) {
        return SubscriptionResponse.of(listed.subscription(), listed.status(), null);
    }
}
