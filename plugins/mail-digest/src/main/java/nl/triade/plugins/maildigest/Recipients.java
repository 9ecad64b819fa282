package nl.triade.plugins.maildigest;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** A subscription's target: one to ten mail addresses, separated by commas. */
final class Recipients {
    static final int MAX = 10;

    private Recipients() {
    }

    static InternetAddress[] parse(String target) throws AddressException {
        return InternetAddress.parse(target, true);
    }

    static Optional<String> problem(String target) {
        try {
            InternetAddress[] addresses = parse(target);
            if (addresses.length == 0 || addresses.length > MAX) {
                return Optional.of("target must be 1 to " + MAX + " mail addresses, separated by commas");
            }
            for (InternetAddress address : addresses) {
                address.validate();
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of("target must be mail addresses separated by commas, e.g. secretariaat@vereniging.nl");
        }
    }
}
