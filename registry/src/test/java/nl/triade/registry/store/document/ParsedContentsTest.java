package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentKind;
import org.junit.jupiter.api.Test;

class ParsedContentsTest {
    private final AtomicInteger parses = new AtomicInteger();
    private final Function<String, DocumentContent> parse = json -> {
        parses.incrementAndGet();
        return new DocumentContent(DocumentKind.STANDARD, new DocumentFields(json, null, null, null, null, List.of(), null, null,
                null, null), List.of(), List.of(), List.of(), List.of());
    };

    @Test
    void aContentIsParsedOncePerHash() {
        ParsedContents contents = new ParsedContents();
        DocumentContent first = contents.of("hash-a", "{\"a\":1}", parse);
        assertSame(first, contents.of("hash-a", "{\"a\":1}", parse));
        contents.of("hash-b", "{\"b\":1}", parse);
        assertEquals(2, parses.get());
    }

    @Test
    void onceFullItStartsAfresh() {
        ParsedContents contents = new ParsedContents(10);
        contents.of("hash-a", "123456", parse);
        contents.of("hash-b", "123456", parse);
        contents.of("hash-b", "123456", parse);
        contents.of("hash-a", "123456", parse);
        assertEquals(3, parses.get(), "a was dropped when b did not fit beside it; b stayed");
    }
}
