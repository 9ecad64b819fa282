package nl.triade.registry.http.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail-digest channel against an SMTP server started in the test (GreenMail): the registry's
 * clock starts on a Monday at 06:00 in the Netherlands and the digest time is 07:30, so what is
 * answered before then goes out in one mail at 07:30, and what comes after a restart in the next
 * day's mail, without the first one again.
 */
class MailDigestTest {
    private static final GreenMail SMTP = started();
    private static final String TO = "secretariaat@lezers.test, voorzitter@lezers.test";

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClassFrom(Instant.parse("2026-03-02T05:00:00Z"),
            Map.of("TRIADE_PLUGIN_MAIL_DIGEST_SMTP_HOST", "127.0.0.1",
                    "TRIADE_PLUGIN_MAIL_DIGEST_SMTP_PORT", Integer.toString(SMTP.getSmtp().getPort()),
                    "TRIADE_PLUGIN_MAIL_DIGEST_FROM", "triade@registry.test", "TRIADE_PLUGIN_MAIL_DIGEST_STARTTLS", "false",
                    "TRIADE_PLUGIN_MAIL_DIGEST_DIGEST_TIME", "07:30", "TRIADE_SUBMISSION_POLL_MS", "50"), "mail-digest");

    private static GreenMail started() {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        return smtp;
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void theDayIsSentOnceAtTheDigestTimeAlsoAcrossARestart() throws Exception {
        Parties parties = new Parties(registry);
        parties.organisation("lezers", "patient");
        ApiClient steward = parties.as("lezers", "org-admin");
        ApiClient author = parties.as("lezers", "member");
        assertEquals(400, steward.post("/api/v1/organisations/lezers/subscriptions", Map.of("channel", "mail-digest",
                "target", "geen adres", "kinds", List.of("comment-answered"))).json().get("status").asInt());
        ApiResponse created = steward.post("/api/v1/organisations/lezers/subscriptions", Map.of("channel", "mail-digest",
                "target", TO, "kinds", List.of("comment-answered")));
        assertEquals(201, created.status(), created.body());
        String path = "/api/v1/organisations/lezers/subscriptions/" + created.json().get("id").asText();
        String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Lezen")).json().get("id").asText();
        answer(author, document, "Eerste");
        answer(author, document, "Tweede");
        Eventually.until("both answers wait for the digest", () -> deliveries(steward, path).get("pending").asInt() == 2);
        assertEquals(0, SMTP.getReceivedMessages().length, "nothing before the digest time");

        registry.clock().advance(Duration.ofMinutes(90));
        Eventually.until("the digest arrived at both addresses", () -> SMTP.getReceivedMessages().length == 2);
        MimeMessage first = SMTP.getReceivedMessages()[0];
        assertEquals("Triade: 2 meldingen voor lezers", first.getSubject());
        assertEquals("triade@registry.test", first.getFrom()[0].toString());
        String body = GreenMailUtil.getBody(first);
        assertEquals(2, body.lines().filter(line -> line.contains("comment-answered  comment.resolved  document " + document)).count(),
                body);
        String deliveryId = first.getHeader("Triade-Delivery")[0];
        assertEquals("<" + deliveryId + "@triade>", first.getMessageID());
        // recorded once the server took it, a moment after it arrived
        Eventually.until("both answers count as delivered", () -> deliveries(steward, path).get("delivered").asInt() == 2);

        registry.restart();
        answer(author, document, "Derde");
        Eventually.until("the third answer waits for tomorrow's digest", () -> deliveries(steward, path).get("pending").asInt() == 1);
        registry.clock().advance(Duration.ofDays(1));
        Eventually.until("the next digest arrived", () -> SMTP.getReceivedMessages().length >= 4);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(4, received.length, "two digests to two addresses, the first not again");
        assertEquals("Triade: 1 melding voor lezers", received[3].getSubject());
        assertTrue(GreenMailUtil.getBody(received[3]).contains("comment.resolved"));
        assertTrue(!received[3].getHeader("Triade-Delivery")[0].equals(deliveryId));
        Eventually.until("all three count as delivered", () -> deliveries(steward, path).get("delivered").asInt() == 3);
    }

    private static JsonNode deliveries(ApiClient steward, String path) {
        return steward.get(path).json().get("deliveries");
    }

    private static void answer(ApiClient author, String document, String text) {
        String comment = author.post("/api/v1/documents/" + document + "/comments", Map.of("body", text)).json().get("id").asText();
        ApiResponse answered = author.patch("/api/v1/documents/" + document + "/comments/" + comment, Map.of("status", "resolved",
                "disposition", "accepted", "rationale", "Verwerkt."));
        assertEquals(200, answered.status(), answered.body());
    }
}
