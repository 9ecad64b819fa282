package nl.triade.registry.http.audit;

import nl.triade.registry.domain.audit.CheckpointKey;

/** Schema {@code SigningKey}: the public half of the checkpoint key. */
record SigningKeyResponse(String keyId, String algorithm, String publicKey) {

    static SigningKeyResponse of(CheckpointKey key) {
        return new SigningKeyResponse(key.keyId(), CheckpointKey.ALGORITHM, key.publicKeyPem());
    }
}
