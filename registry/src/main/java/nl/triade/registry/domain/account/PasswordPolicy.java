package nl.triade.registry.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;

/**
 * What a password must be, for volunteers: long rather than complicated (NIST SP 800-63B and
 * OWASP): at least 12 characters, so a sentence of four ordinary words is fine and no mix of
 * digits and capitals is demanded; at most 200, which bounds the hashing work. Refused are
 * passwords an attacker tries first: built on a word of the shipped list of the most used ones
 * ({@code common-passwords.txt}, Dutch and English) with only digits and marks around or between
 * it ("Wachtwoord2024!"), or with digits for letters ("P@ssw0rd"), or that word repeated; fewer
 * than five different characters; or the account's own e-mail name.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    private static final int MIN_DIFFERENT = 5;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws naming field {@code password} and the rule when {@code password} may not be used by {@code account}. */
    public static void check(String password, Account account) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", Rule.REQUIRED, "a password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("password", Rule.PASSWORD_TOO_SHORT,
                    "a password has at least " + MIN_LENGTH + " characters; a short sentence is easy to remember");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("password", Rule.MAX_LENGTH, "a password has at most " + MAX_LENGTH + " characters");
        }
        if (isGuessable(password, account.email())) {
            throw new InvalidInputException("password", Rule.PASSWORD_GUESSABLE,
                    "this password is among the first ones an attacker tries; choose a sentence of your own");
        }
    }

    static boolean isGuessable(String password, String email) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MIN_DIFFERENT) {
            return true;
        }
        if (COMMON.contains(lower) || isCommon(letters(lower)) || isCommon(letters(unleet(trimmed(lower))))) {
            return true;
        }
        String name = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        return name.length() >= 4 && lower.contains(name);
    }

    private static boolean isCommon(String letters) {
        return COMMON.contains(letters) || isRepeated(letters);
    }

    private static String letters(String text) {
        return text.codePoints().filter(Character::isLetter)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Without the digits and marks before the first letter and after the last ("P@ssw0rd" of "P@ssw0rd-2024!"). */
    private static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Digits and marks read as the letters they stand in for ("p@ssw0rd" is "password"). */
    private static String unleet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** A common word said twice or more ("passwordpassword", "welkomwelkomwelkom"). */
    private static boolean isRepeated(String letters) {
        for (String word : COMMON) {
            if (letters.length() > word.length() && letters.length() % word.length() == 0
                    && word.repeat(letters.length() / word.length()).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (InputStream in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"),
                "common-passwords.txt is shipped with the registry");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
