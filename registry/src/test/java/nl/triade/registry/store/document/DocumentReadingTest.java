package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.document.DocumentReading;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.Database;
import nl.triade.registry.store.JdbiTransactions;
import org.junit.jupiter.api.Test;

/**
 * A document and the facts shown around it (overdue tijdpaden, framework, mandate) come from one
 * read transaction, so one answer never mixes two moments: on the database of a running registry,
 * with the storage port counted.
 */
class DocumentReadingTest {

    /** The real transactions, counting the read transactions begun. */
    private static final class CountedReads implements Transactions {
        private final Transactions real;
        private int reads;

        CountedReads(Transactions real) {
            this.real = real;
        }

        @Override
        public <T> T write(Function<Store, T> work) {
            return real.write(work);
        }

        @Override
        public <T> T read(Function<Store, T> work) {
            reads++;
            return real.read(work);
        }
    }

    @Test
    void aDocumentIsReadWithItsFactsInOneReadTransaction() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("voetpatienten", "patient");
            String account = parties.accountId("voetpatienten", "member");
            String id = registry.as(parties.tokenOf(account)).post("/api/v1/documents", Map.of("kind", "standard", "title", "Eén moment"))
                    .json().get("id").asText();
            try (Database database = Database.open(registry.jdbcUrl(), Duration.ofSeconds(2))) {
                CountedReads transactions = new CountedReads(new JdbiTransactions(database, JsonMappers.create(), Duration.ofSeconds(2), new SimpleMeterRegistry()));
                DocumentService documents = new DocumentService(transactions, null, new TimeSource(Clock.systemUTC()));

                DocumentReading reading = documents.read(new Caller(account, "voetpatienten", OrganisationKind.PATIENT, Role.MEMBER, null), id);

                assertEquals(id, reading.document().id());
                assertEquals(1, transactions.reads, "the document, its overdue tijdpaden, framework and mandate in one read");
            }
        }
    }
}
