package nl.triade.bench.speed;

import java.net.URI;
import java.util.List;

/**
 * One row of the table: what wrk requests. {@code headers} go to every request ({@code -H}); a load with a
 * {@code writeArguments} list runs {@code write.lua} with them (method, token, body kind, paths), else wrk's plain GET.
 */
record Load(String name, URI url, List<String> headers, List<String> writeArguments) {

    static Load get(String name, URI url, String... headers) {
        return new Load(name, url, List.of(headers), List.of());
    }

    static Load write(String name, URI base, String method, String token, String bodyKind, List<String> paths) {
        return new Load(name, base, List.of(), List.of(method, token, bodyKind, String.join(",", paths)));
    }
}
