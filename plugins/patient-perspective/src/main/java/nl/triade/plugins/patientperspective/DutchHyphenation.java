package nl.triade.plugins.patientperspective;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Dutch hyphenation by Liang's algorithm (the one TeX uses) with the Dutch patterns and exceptions
 * of hyph-utf8 (Piet Tutelaers, after the Groene Boekje of 1995; MIT licence, see
 * {@code hyph-nl.LICENCE.txt} beside the patterns). Every break a pattern allows is taken, also
 * next to a single letter, so the pieces come close to the spoken syllables: di-a-be-tes.
 */
final class DutchHyphenation {
    private static final DutchHyphenation INSTANCE = load();

    /** The patterns by their letters (with {@code .} for a word's edge), so a word is read in one walk per position. */
    private final PatternTrie patterns;
    private final Map<String, List<String>> exceptions;

    private DutchHyphenation(PatternTrie patterns, Map<String, List<String>> exceptions) {
        this.patterns = patterns;
        this.exceptions = exceptions;
    }

    static DutchHyphenation instance() {
        return INSTANCE;
    }

    /** The pieces of a lower-case word of letters, in order. */
    List<String> pieces(String word) {
        List<String> exception = exceptions.get(word);
        if (exception != null) {
            return exception;
        }
        String framed = "." + word + ".";
        int[] values = new int[framed.length() + 1];
        for (int start = 0; start < framed.length(); start++) {
            patterns.apply(framed, start, values);
        }
        List<String> pieces = new ArrayList<>();
        int pieceStart = 0;
        for (int letter = 1; letter < word.length(); letter++) {
            // values[i] is the value before framed[i]; the word's letter m is framed[m + 1]
            if (values[letter + 1] % 2 == 1) {
                pieces.add(word.substring(pieceStart, letter));
                pieceStart = letter;
            }
        }
        pieces.add(word.substring(pieceStart));
        return pieces;
    }

    private static DutchHyphenation load() {
        PatternTrie patterns = new PatternTrie();
        read("hyph-nl.pat.txt", line -> {
            StringBuilder letters = new StringBuilder();
            int[] values = new int[line.length() + 1];
            for (char c : line.toCharArray()) {
                if (Character.isDigit(c)) {
                    values[letters.length()] = c - '0';
                } else {
                    letters.append(c);
                }
            }
            patterns.add(letters.toString(), Arrays.copyOf(values, letters.length() + 1));
        });
        Map<String, List<String>> exceptions = new HashMap<>();
        read("hyph-nl.hyp.txt", line -> exceptions.put(line.replace("-", ""), List.of(line.split("-"))));
        return new DutchHyphenation(patterns, Map.copyOf(exceptions));
    }

    private static void read(String resource, Consumer<String> line) {
        try (InputStream in = DutchHyphenation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar lacks " + resource);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(text -> !text.isEmpty()).forEach(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
