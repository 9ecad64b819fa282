package nl.triade.registry.http.audit;

import java.time.Instant;
import java.util.regex.Pattern;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.audit.Checkpoint;
import nl.triade.registry.http.InputCheck;

/** Schema {@code Checkpoint}: answered by {@code GET /events/checkpoint}, sent back as is to {@code POST /events/verify}. */
record CheckpointBody(Long seq, String hash, Instant at, String keyId, String signature) {
    private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");

    static CheckpointBody of(Checkpoint checkpoint) {
        return new CheckpointBody(checkpoint.seq(), checkpoint.hash(), checkpoint.at(), checkpoint.keyId(), checkpoint.signature());
    }

    Checkpoint validated() {
        InputCheck check = new InputCheck().required("seq", seq);
        if (seq != null && seq < 0) {
            check.violation("seq", Rule.MIN, "seq is an event number, 0 or more");
        }
        check.required("hash", hash).pattern("hash", hash, HASH, "64 lower-case hex digits")
                .required("at", at)
                .required("keyId", keyId)
                .required("signature", signature)
                .check();
        return new Checkpoint(seq, hash, at, keyId, signature);
    }
}
