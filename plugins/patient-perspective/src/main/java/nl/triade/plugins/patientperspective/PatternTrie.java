package nl.triade.plugins.patientperspective;

import java.util.HashMap;
import java.util.Map;

/**
 * Liang's hyphenation patterns as a trie of their letters: from each position of a word, one walk
 * down the trie finds every pattern that starts there, without cutting the word into substrings.
 * Filled once while the patterns load, then only read (safe to share between threads).
 */
final class PatternTrie {
    private final Map<Character, PatternTrie> next = new HashMap<>();
    /** The values between and around this node's letters, or null where no pattern ends here. */
    private int[] values;

    void add(String letters, int[] patternValues) {
        PatternTrie node = this;
        for (int i = 0; i < letters.length(); i++) {
            node = node.next.computeIfAbsent(letters.charAt(i), letter -> new PatternTrie());
        }
        node.values = patternValues;
    }

    /** Raises {@code values} (one per gap of {@code word}) by every pattern that matches at {@code start}. */
    void apply(String word, int start, int[] values) {
        PatternTrie node = this;
        for (int i = start; i < word.length(); i++) {
            node = node.next.get(word.charAt(i));
            if (node == null) {
                return;
            }
            if (node.values != null) {
                for (int k = 0; k < node.values.length; k++) {
                    values[start + k] = Math.max(values[start + k], node.values[k]);
                }
            }
        }
    }
}
