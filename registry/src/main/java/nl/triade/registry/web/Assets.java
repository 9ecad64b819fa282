package nl.triade.registry.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * The stylesheet and htmx, read once from the class path and served under names that carry a
 * hash of their bytes: a browser may keep them for a year, and a changed file gets a new name.
 * htmx comes from its webjar and is served from here, never from a CDN.
 */
final class Assets {
    private static final String HTMX_WEBJAR = "META-INF/resources/webjars/htmx.org/";
    private static final String HTMX_POM = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";
    private static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    private final Asset stylesheet;
    private final Asset script;
    private final Map<String, Asset> byName;

    private record Asset(String name, byte[] bytes, String contentType) {
        String url() {
            return "/assets/" + name;
        }
    }

    private Assets(Asset stylesheet, Asset script) {
        this.stylesheet = stylesheet;
        this.script = script;
        this.byName = Map.of(stylesheet.name(), stylesheet, script.name(), script);
    }

    static Assets load() {
        Asset stylesheet = fingerprinted("triade", "css", read("web/assets/triade.css"), "text/css; charset=utf-8");
        String htmx = HTMX_WEBJAR + htmxVersion() + "/dist/htmx.min.js";
        Asset script = fingerprinted("htmx", "js", read(htmx), "text/javascript; charset=utf-8");
        return new Assets(stylesheet, script);
    }

    String stylesheetUrl() {
        return stylesheet.url();
    }

    String scriptUrl() {
        return script.url();
    }

    void serve(Context ctx) {
        Asset asset = byName.get(ctx.pathParam("file"));
        if (asset == null) {
            throw new NotFoundResponse();
        }
        ctx.header("Cache-Control", FOR_A_YEAR).contentType(asset.contentType()).result(asset.bytes());
    }

    private static Asset fingerprinted(String base, String extension, byte[] bytes, String contentType) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Asset(base + "." + HexFormat.of().formatHex(digest, 0, 6) + "." + extension, bytes, contentType);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String htmxVersion() {
        Properties pom = new Properties();
        try (InputStream in = open(HTMX_POM)) {
            pom.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the build did not package " + resource);
        }
        return in;
    }
}
