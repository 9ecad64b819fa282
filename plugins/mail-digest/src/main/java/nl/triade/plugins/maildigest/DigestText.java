package nl.triade.plugins.maildigest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.Notification;

/** The digest's subject and plain text: one line per event, oldest first, with its time in the Netherlands. */
final class DigestText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));

    private DigestText() {
    }

    static String subject(Notification notification) {
        int count = notification.events().size();
        return "Triade: " + count + (count == 1 ? " melding" : " meldingen") + " voor " + notification.organisation();
    }

    static String body(Notification notification) {
        StringBuilder text = new StringBuilder("Wat er sinds het vorige overzicht gebeurde in documenten die ")
                .append(notification.organisation()).append(" volgt (abonnement ").append(notification.subscriptionId())
                .append("):\n\n");
        for (Notification.NotifiedEvent notified : notification.events()) {
            EventSnapshot event = notified.event();
            text.append(WHEN.format(event.at())).append("  ").append(notified.kind()).append("  ").append(event.type());
            if (event.document() != null) {
                text.append("  document ").append(event.document());
            }
            text.append('\n');
        }
        return text.append("\nOverzicht ").append(notification.deliveryId()).append('\n').toString();
    }
}
