package nl.triade.registry.verify;

/** The first check of a package that does not hold; the verifier stops there and names it. */
final class PackageFailure extends RuntimeException {
    PackageFailure(String file, String what) {
        super(file + ": " + what);
    }
}
