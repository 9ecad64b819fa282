package nl.triade.registry.domain.limits;

import nl.triade.registry.domain.WireNames;

/** One limit's name: a kind of write counted per account or per organisation, e.g. {@code comments-per-account}. */
public record BucketName(WriteKind kind, Scope scope) {

    /** The name clients see in a {@code 429} problem and operators set in {@code TRIADE_RATE_LIMIT_<KIND>_<SCOPE>}. */
    public String wire() {
        return WireNames.of(kind) + "-per-" + WireNames.of(scope);
    }

    /** The environment variable that sets this limit. */
    public String setting() {
        return "TRIADE_RATE_LIMIT_" + kind.name() + "_" + scope.name();
    }
}
