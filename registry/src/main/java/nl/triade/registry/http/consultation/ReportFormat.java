package nl.triade.registry.http.consultation;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import nl.triade.registry.http.Negotiation;

/**
 * The formats a consultation report is given in, in the order a request without {@code Accept}
 * (or one that weighs them alike) gets them: JSON first. Chosen by {@link Negotiation}.
 */
enum ReportFormat {
    JSON("application/json"), CSV("text/csv"), HTML("text/html");

    private static final List<String> OFFERED = Arrays.stream(values()).map(format -> format.mediaType).toList();
    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static ReportFormat negotiate(Context ctx) {
        return values()[OFFERED.indexOf(Negotiation.choose(ctx, OFFERED))];
    }
}
