package nl.triade.registry.store.limits;

import java.util.OptionalLong;
import nl.triade.registry.domain.limits.RateBucketRepository;
import org.jdbi.v3.core.Handle;

/** Rate limit buckets in table {@code rate_buckets}. */
public final class JdbiRateBucketRepository implements RateBucketRepository {
    private final Handle handle;

    public JdbiRateBucketRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public OptionalLong fullAt(String key) {
        return handle.createQuery("SELECT full_at FROM rate_buckets WHERE bucket = :bucket")
                .bind("bucket", key)
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public void setFullAt(String key, long nanos) {
        handle.createUpdate("""
                        INSERT INTO rate_buckets (bucket, full_at) VALUES (:bucket, :fullAt)
                        ON CONFLICT (bucket) DO UPDATE SET full_at = excluded.full_at""")
                .bind("bucket", key)
                .bind("fullAt", nanos)
                .execute();
    }
}
