package nl.triade.registry.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.Database;
import nl.triade.registry.store.JdbiTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every start subscribes the event feeds again. Only a subscriber's first subscription has anything to write; a
 * start that wrote anyway took the write lock, on PostgreSQL after waiting for its writer's mark to settle (a tenth
 * of a second of every restart), and behind other instances' writes.
 */
class EventSubscriptionsTest {
    private static final Duration WAIT = Duration.ofSeconds(2);
    @TempDir
    Path folder;
    private Database database;
    private SimpleMeterRegistry meters;
    private EventSubscriptions subscriptions;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + folder.resolve("triade.db"), WAIT);
        meters = new SimpleMeterRegistry();
        subscriptions = new EventSubscriptions(new JdbiTransactions(database, JsonMappers.create(), WAIT, meters));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aKnownSubscriberIsSubscribedAgainWithoutAWrite() {
        subscriptions.subscribe("listener");
        long commitsAfterFirst = commits();
        subscriptions.subscribe("listener");
        assertEquals(commitsAfterFirst, commits(), "write transactions committed by the second subscription");
    }

    @Test
    void aNewSubscriberStartsAtTheEndOfTheLogAsItStands() {
        subscriptions.subscribe("listener");
        assertEquals(1, commits(), "write transactions committed by a first subscription");
        assertEquals(0, subscriptions.pending("listener", 10).size(), "events offered to a new subscriber");
    }

    private long commits() {
        return meters.get("triade.commit.batch.size").summary().count();
    }
}
