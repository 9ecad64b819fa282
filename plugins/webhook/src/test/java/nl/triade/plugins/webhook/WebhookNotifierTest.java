package nl.triade.plugins.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import nl.triade.spi.NotificationResult;
import org.junit.jupiter.api.Test;

class WebhookNotifierTest {

    @Test
    void aReceiversAnswerDecidesBetweenDeliveredRetryAndRefused() {
        assertEquals(NotificationResult.Outcome.DELIVERED, WebhookNotifier.judge(204, null).outcome());
        assertEquals(NotificationResult.Outcome.RETRY, WebhookNotifier.judge(503, null).outcome());
        assertEquals(NotificationResult.Outcome.RETRY, WebhookNotifier.judge(408, null).outcome());
        assertEquals(Duration.ofSeconds(30), WebhookNotifier.judge(429, "30").retryAfter());
        assertEquals(null, WebhookNotifier.judge(429, "Wed, 21 Oct 2026 07:28:00 GMT").retryAfter());
        assertEquals(NotificationResult.Outcome.PERMANENT_FAILURE, WebhookNotifier.judge(410, null).outcome());
        assertEquals(NotificationResult.Outcome.PERMANENT_FAILURE, WebhookNotifier.judge(300, null).outcome());
        assertEquals(NotificationResult.Outcome.PERMANENT_FAILURE, WebhookNotifier.judge(199, null).outcome());
    }
}
