package nl.triade.plugins.registerhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import nl.triade.spi.RegisterVerdict;
import nl.triade.spi.RegisterVerdict.Decision;
import nl.triade.spi.SubmissionResult;
import nl.triade.spi.SubmissionResult.Outcome;
import org.junit.jupiter.api.Test;

class HttpRegisterSubmitterTest {

    @Test
    void aSuccessWithAReferenceIsADelivery() {
        SubmissionResult result = HttpRegisterSubmitter.judge(201, "{\"reference\": \"REG-7\"}", null);
        assertEquals(Outcome.DELIVERED, result.outcome());
        assertEquals("REG-7", result.reference());
    }

    @Test
    void aSuccessWithoutAReferenceIsTriedAgain() {
        assertEquals(Outcome.RETRY, HttpRegisterSubmitter.judge(200, "{}", null).outcome());
    }

    @Test
    void serverErrorsAndThrottlingAreTriedAgainHonouringRetryAfter() {
        assertEquals(Outcome.RETRY, HttpRegisterSubmitter.judge(503, "", null).outcome());
        SubmissionResult throttled = HttpRegisterSubmitter.judge(429, "", "30");
        assertEquals(Outcome.RETRY, throttled.outcome());
        assertEquals(Duration.ofSeconds(30), throttled.retryAfter());
    }

    @Test
    void otherClientErrorsAreFinal() {
        SubmissionResult refused = HttpRegisterSubmitter.judge(422, "{\"error\": \"no onderhoudsplan\"}", null);
        assertEquals(Outcome.PERMANENT_FAILURE, refused.outcome());
        assertEquals("the Register refused the package with 422: {\"error\": \"no onderhoudsplan\"}", refused.reason());
    }

    @Test
    void aStatusAnswerReportsTheRegistersDecision() {
        RegisterVerdict accepted = PackageJson.verdict("{\"status\": \"accepted\", \"reference\": \"ZIN-9\"}");
        assertEquals(Decision.ACCEPTED, accepted.decision());
        assertEquals("ZIN-9", accepted.reference());
        RegisterVerdict rejected = PackageJson.verdict("{\"status\": \"rejected\", \"reason\": \"geen meetinstrument\"}");
        assertEquals(Decision.REJECTED, rejected.decision());
        assertEquals("geen meetinstrument", rejected.reason());
    }

    @Test
    void anyOtherStatusAnswerIsUndecided() {
        assertEquals(Decision.UNDECIDED, PackageJson.verdict("{\"status\": \"in-behandeling\"}").decision());
        assertEquals(Decision.UNDECIDED, PackageJson.verdict("{}").decision());
        assertEquals(Decision.UNDECIDED, PackageJson.verdict("<html>not json</html>").decision());
    }
}
