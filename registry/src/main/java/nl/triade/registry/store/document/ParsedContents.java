package nl.triade.registry.store.document;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Optional;
import nl.triade.registry.domain.document.DocumentContent;

/**
 * Document contents as read from their JSON, kept by content hash. A content hash names one
 * content for good (it is the SHA-256 of that content's canonical form), so a kept content is never
 * stale: no commit, rollback or other instance can change what a hash stands for, and nothing needs
 * to be told of a change. It spares the parse of the whole document that every read of it, and every
 * write to it (a comment checks the document it lands on), would otherwise pay again.
 *
 * <p>Bounded by the length of the JSON parsed: once full, it starts afresh. {@link DocumentContent}
 * is immutable, so one instance serves every thread.
 */
public final class ParsedContents {
    /** About as many characters as the JSON of a hundred documents of average size, or eight of the largest accepted. */
    static final long MOST_CHARACTERS = 16L << 20;
    private final long mostCharacters;
    private final ConcurrentHashMap<String, DocumentContent> byHash = new ConcurrentHashMap<>();
    private final AtomicLong characters = new AtomicLong();

    public ParsedContents() {
        this(MOST_CHARACTERS);
    }

    ParsedContents(long mostCharacters) {
        this.mostCharacters = mostCharacters;
    }

    /** The content whose hash is {@code hash}, if kept: then its JSON need not even be read from the row. */
    Optional<DocumentContent> kept(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /** Keeps {@code content}, parsed from {@code characters} characters of JSON, under its content hash. */
    void keep(String hash, DocumentContent content, int characters) {
        if (this.characters.addAndGet(characters) > mostCharacters) {
            byHash.clear();
            this.characters.set(characters);
        }
        byHash.put(hash, content);
    }
}
