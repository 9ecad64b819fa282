package nl.triade.registry.http;

import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import java.util.List;

/**
 * Proactive content negotiation, the same for every resource given in more than one media type:
 * the request's {@code Accept} ({@link AcceptHeader}) chooses among the resource's offers, first
 * offer without a header. Every such answer says {@code Vary: Accept}, so a cache keeps the formats
 * apart; an {@code Accept} that allows none of the offers is a {@code 406} problem (rule
 * {@code not-acceptable}, field {@code Accept}) whose detail lists them.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** The offered media type to answer with, or a {@code 406} problem naming the offers. */
    public static String choose(Context ctx, List<String> offered) {
        ctx.header("Vary", "Accept");
        return AcceptHeader.parse(ctx.header("Accept")).preferred(offered)
                .orElseThrow(() -> new NotAcceptableResponse(refusal(offered)));
    }

    /** The detail of the 406 problem: what the resource offers, in its order. */
    static String refusal(List<String> offered) {
        String list = offered.size() == 1 ? offered.get(0)
                : String.join(", ", offered.subList(0, offered.size() - 1)) + " or " + offered.get(offered.size() - 1);
        return "this resource is given as " + list + "; the request's Accept allows none of them";
    }
}
