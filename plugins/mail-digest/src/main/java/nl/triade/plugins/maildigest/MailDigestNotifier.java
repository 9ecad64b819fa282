package nl.triade.plugins.maildigest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import nl.triade.spi.Notification;
import nl.triade.spi.NotificationResult;
import nl.triade.spi.Notifier;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * A digest channel: the host gathers each subscription's events and calls {@link #deliver} once a
 * day at {@code digest-time} with all of them; this sends one plain-text mail to the subscription's
 * addresses. Its {@code Message-ID} is made from the delivery id, and it carries a
 * {@code Triade-Delivery} header, so a digest offered again after a crash can be recognised. A
 * server that cannot be reached or answers with a temporary failure is tried again; addresses it
 * refuses for good end the digest as failed. The SMTP exchange ends within the host's time limit.
 */
@Extension
public final class MailDigestNotifier implements Notifier {

    @Override
    public Set<String> requiredSettings() {
        return Set.of(MailSettings.HOST, MailSettings.FROM);
    }

    @Override
    public Set<String> secretSettings() {
        return Set.of(MailSettings.PASSWORD);
    }

    @Override
    public Optional<String> configurationProblem(Map<String, String> settings) {
        return MailSettings.problem(settings);
    }

    @Override
    public Optional<LocalTime> digestTime(PluginContext context) {
        return Optional.of(MailSettings.of(context.settings()).digestTime());
    }

    @Override
    public Optional<String> targetProblem(String target, PluginContext context) {
        return Recipients.problem(target);
    }

    @Override
    public NotificationResult deliver(Notification notification, PluginContext context) {
        MailSettings settings = MailSettings.of(context.settings());
        // Jakarta Mail finds its SMTP provider through the thread's context class loader: the plugin's, not the host's.
        Thread thread = Thread.currentThread();
        ClassLoader hosts = thread.getContextClassLoader();
        thread.setContextClassLoader(MailDigestNotifier.class.getClassLoader());
        try {
            Session session = Session.getInstance(properties(settings, context.timeLimit()));
            MimeMessage message = new IdentifiedMessage(session, notification.deliveryId());
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipients(Message.RecipientType.TO, Recipients.parse(notification.target()));
            message.setSubject(DigestText.subject(notification), StandardCharsets.UTF_8.name());
            message.setText(DigestText.body(notification), StandardCharsets.UTF_8.name());
            message.setHeader("Triade-Delivery", notification.deliveryId());
            if (settings.username() == null) {
                Transport.send(message);
            } else {
                Transport.send(message, settings.username(), settings.password());
            }
            return NotificationResult.delivered();
        } catch (AddressException e) {
            return NotificationResult.refused("the subscription's addresses cannot be used");
        } catch (SendFailedException e) {
            return e.getValidSentAddresses() == null && e.getValidUnsentAddresses() == null
                    ? NotificationResult.refused("the mail server refused every address")
                    : NotificationResult.retryLater("the mail server did not take the digest", null);
        } catch (MessagingException e) {
            return NotificationResult.retryLater("the mail server could not be reached or refused for now", null);
        } finally {
            thread.setContextClassLoader(hosts);
        }
    }

    /** Connecting, reading and writing each end within the call's limit, a tenth to spare. */
    private static Properties properties(MailSettings settings, Duration limit) {
        String millis = Long.toString(limit.minus(limit.dividedBy(10)).toMillis());
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.username() != null));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        return properties;
    }

    /** A message whose Message-ID is made from the delivery id, the same for every attempt. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String deliveryId;

        IdentifiedMessage(Session session, String deliveryId) {
            super(session);
            this.deliveryId = deliveryId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + deliveryId + "@triade>");
        }
    }
}
