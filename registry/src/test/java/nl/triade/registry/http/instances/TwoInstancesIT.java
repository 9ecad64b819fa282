package nl.triade.registry.http.instances;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 13's two-instance test: two server processes, {@code java -jar triade.jar} as this build
 * packaged it, on one database, delivering through the real {@code register-http} plugin to a fake
 * Register in this JVM; concurrent edits of one section, comments, transitions and submissions
 * through both; one of them killed with {@code kill -9} in the middle of a delivery; and then the
 * revisions, the audit chain and the Register's log checked (see {@link TwoInstanceRound}).
 *
 * <p>{@code mvn verify} runs one round; {@code -Ptwo-instances} runs ten (system property {@code
 * triade.two-instances.rounds}) and prints how many passed and how long each took.
 */
class TwoInstancesIT {
    private static final int ROUNDS = Integer.getInteger("triade.two-instances.rounds", 1);
    private static final Path FOLDER = Path.of(System.getProperty("triade.two-instances.folder", "target/two-instances"));
    private static final RoundTally TALLY = new RoundTally();

    @TestFactory
    Stream<DynamicTest> twoServerProcessesOnOneDatabaseLoseNothingAndDeliverEachPackageOnce() {
        return IntStream.rangeClosed(1, ROUNDS).mapToObj(round -> dynamicTest("round " + round + " of " + ROUNDS,
                () -> TALLY.time(() -> new TwoInstanceRound(emptyFolder("round-" + round)).run())));
    }

    @AfterAll
    static void printTheFigure() throws IOException {
        String figure = TALLY.figure();
        System.out.println(figure);
        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve("figure.txt"), figure + System.lineSeparator());
    }

    /** A folder of the server-process tests, emptied of what an earlier run left there. */
    static Path emptyFolder(String name) {
        Path folder = FOLDER.resolve(name).toAbsolutePath();
        try {
            if (Files.exists(folder)) {
                try (Stream<Path> old = Files.walk(folder)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
