package nl.triade.registry.http;

import io.javalin.http.Context;
import nl.triade.registry.domain.CommitWatch;

/**
 * The one look for commits a request takes, on first need, and every cache it uses reads under:
 * the caller behind its token and the document it reads share it. On PostgreSQL a look is a round
 * trip, and one per cache made a cached read wait for two in a row.
 *
 * <p>As fresh as a look per cache: the look begins after the request arrived, so it sees every
 * commit acknowledged before the request, on any instance. Only reads at the start of a request
 * use the caches (the caller; the document of a {@code GET}), never a read after the request's own
 * write, which a look taken before that write would not cover.
 */
public final class RequestLook {
    private static final String ATTRIBUTE = "triade.commit-look";

    private RequestLook() {
    }

    /** A look already taken for another watch does not count: its numbers are that watch's. */
    private static final class Taken {
        private final CommitWatch commits;
        private final CommitWatch.Generations generations;

        Taken(CommitWatch commits, CommitWatch.Generations generations) {
            this.commits = commits;
            this.generations = generations;
        }
    }

    /** The generations {@code commits} showed when this request first asked. */
    public static CommitWatch.Generations of(Context ctx, CommitWatch commits) {
        Taken taken = ctx.attribute(ATTRIBUTE);
        if (taken == null || taken.commits != commits) {
            taken = new Taken(commits, commits.generations());
            ctx.attribute(ATTRIBUTE, taken);
        }
        return taken.generations;
    }
}
