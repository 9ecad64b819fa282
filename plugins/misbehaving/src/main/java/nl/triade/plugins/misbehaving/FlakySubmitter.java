package nl.triade.plugins.misbehaving;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.triade.spi.PluginContext;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.SubmissionPackage;
import nl.triade.spi.SubmissionResult;
import org.pf4j.Extension;

/**
 * A submitter that gets every delivery wrong before it gets it right: the first attempt throws,
 * the second hangs for a minute, the third returns null, the fourth asks for a retry with a
 * negative pause and a 100,000-character reason; the fifth delivers.
 */
@Extension
public final class FlakySubmitter implements RegisterSubmitter {
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    @Override
    public SubmissionResult submit(SubmissionPackage submission, PluginContext context) {
        int attempt = attempts.merge(submission.submissionId(), 1, Integer::sum);
        switch (attempt) {
            case 1 -> throw new IllegalStateException("the flaky submitter breaks on its first attempt");
            case 2 -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return SubmissionResult.delivered("TOO-LATE", "answered after the time limit");
            }
            case 3 -> {
                return null;
            }
            case 4 -> {
                return SubmissionResult.retryLater("x".repeat(100_000), Duration.ofDays(-1));
            }
            default -> {
                return SubmissionResult.delivered("FLAKY-" + submission.submissionId(), "delivered on attempt " + attempt);
            }
        }
    }
}
