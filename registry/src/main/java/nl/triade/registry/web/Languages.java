package nl.triade.registry.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;

/**
 * Which language a page is in: {@code ?lang=nl|en} chooses, and a cookie keeps the choice for the
 * pages after it; without either, Dutch. Not the browser's {@code Accept-Language}: Triade's
 * people are Dutch, and a volunteer on an English-language computer should still get Dutch first.
 * A link and a cookie need no script.
 */
final class Languages {
    static final String PARAMETER = "lang";
    static final String COOKIE = "triade-lang";
    private static final int A_YEAR_IN_SECONDS = 31_536_000;

    private Languages() {
    }

    /** The language asked for, remembered in the cookie when asked by {@code ?lang=}; an unknown code is refused. */
    static Language chosen(Context ctx) {
        String asked = ctx.queryParam(PARAMETER);
        if (asked == null) {
            return fromCookie(ctx);
        }
        Language language = Language.byCode(asked).orElseThrow(() -> new InvalidInputException(PARAMETER, Rule.ENUM,
                "lang must be one of " + List.of(Language.values()).stream().map(Language::code).collect(Collectors.joining(", "))));
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + language.code() + "; Path=/; Max-Age=" + A_YEAR_IN_SECONDS
                + "; SameSite=Lax; HttpOnly");
        return language;
    }

    /** The language to show an error in: as {@link #chosen}, but never refusing. */
    static Language lenient(Context ctx) {
        String asked = ctx.queryParam(PARAMETER);
        return asked == null ? fromCookie(ctx) : Language.byCode(asked).orElse(fromCookie(ctx));
    }

    /** This page's address with {@code ?lang=} set to {@code language}, its other query parameters kept. */
    static String switchUrl(Context ctx, Language language) {
        String others = ctx.queryParamMap().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(PARAMETER))
                .flatMap(entry -> entry.getValue().stream().map(value -> Map.entry(entry.getKey(), value)))
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        // a path of "//host" would be a link to another site: the page's own path always starts with one slash
        String path = "/" + ctx.path().replaceFirst("^/+", "");
        return path + "?" + (others.isEmpty() ? "" : others + "&") + PARAMETER + "=" + language.code();
    }

    private static Language fromCookie(Context ctx) {
        String remembered = ctx.cookie(COOKIE);
        return remembered == null ? Language.NL : Language.byCode(remembered).orElse(Language.NL);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
