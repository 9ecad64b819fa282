package nl.triade.registry.web.decisions;

/**
 * A content hash as people compare it by eye: the API's 64 hexadecimal characters in groups of
 * four, so that two fingerprints are read and matched a group at a time.
 */
public final class Fingerprint {
    private static final int GROUP = 4;

    private Fingerprint() {
    }

    /** {@code hash} in groups of four characters, separated by spaces; null stays null. */
    public static String grouped(String hash) {
        if (hash == null) {
            return null;
        }
        StringBuilder grouped = new StringBuilder(hash.length() + hash.length() / GROUP);
        for (int start = 0; start < hash.length(); start += GROUP) {
            if (start > 0) {
                grouped.append(' ');
            }
            grouped.append(hash, start, Math.min(hash.length(), start + GROUP));
        }
        return grouped.toString();
    }
}
