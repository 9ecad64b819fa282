package nl.triade.registry.verify;

/** What the verifier found: a package that holds, with a one-line summary, or the first thing that does not. */
public record PackageVerdict(boolean holds, String message) {

    static PackageVerdict holds(String summary) {
        return new PackageVerdict(true, summary);
    }

    static PackageVerdict fails(String reason) {
        return new PackageVerdict(false, reason);
    }
}
