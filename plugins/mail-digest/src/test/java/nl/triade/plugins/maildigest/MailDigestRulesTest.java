package nl.triade.plugins.maildigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.Notification;
import org.junit.jupiter.api.Test;

class MailDigestRulesTest {
    private static final Map<String, String> REQUIRED = Map.of(MailSettings.HOST, "smtp.example.nl", MailSettings.FROM,
            "triade@example.nl");

    @Test
    void aTargetIsOneToTenMailAddresses() {
        assertEquals(Optional.empty(), Recipients.problem("a@vereniging.nl, b@vereniging.nl"));
        assertTrue(Recipients.problem("geen adres").isPresent());
        assertTrue(Recipients.problem("").isPresent());
        assertTrue(Recipients.problem(String.join(",", Collections.nCopies(11, "a@b.nl"))).isPresent());
    }

    @Test
    void settingsDefaultToStartTlsOnPort587AtSevenAndRefuseWhatCannotWork() {
        MailSettings settings = MailSettings.of(REQUIRED);
        assertEquals(587, settings.port());
        assertTrue(settings.starttls());
        assertEquals(LocalTime.of(7, 0), settings.digestTime());
        assertEquals(Optional.empty(), MailSettings.problem(REQUIRED));
        assertTrue(MailSettings.problem(with(MailSettings.DIGEST_TIME, "zeven uur")).orElseThrow().contains(MailSettings.DIGEST_TIME));
        assertTrue(MailSettings.problem(with(MailSettings.PORT, "smtp")).orElseThrow().contains(MailSettings.PORT));
        assertTrue(MailSettings.problem(with(MailSettings.FROM, "niemand")).orElseThrow().contains(MailSettings.FROM));
        assertEquals(LocalTime.of(18, 30), MailSettings.of(with(MailSettings.DIGEST_TIME, "18:30")).digestTime());
    }

    @Test
    void theDigestCountsItsEventsAndListsEachWithItsDutchTime() {
        EventSnapshot event = new EventSnapshot(7, Instant.parse("2026-03-02T06:15:00Z"), "acc_1", "lezers", "comment.resolved",
                "doc_1", Map.of(), "h");
        Notification one = new Notification("dlv_1", "sub_1", "lezers", "a@b.nl", "s",
                List.of(new Notification.NotifiedEvent("comment-answered", event)));
        assertEquals("Triade: 1 melding voor lezers", DigestText.subject(one));
        assertTrue(DigestText.body(one).contains("2026-03-02 07:15  comment-answered  comment.resolved  document doc_1"),
                DigestText.body(one));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> settings = new HashMap<>(REQUIRED);
        settings.put(key, value);
        return settings;
    }
}
