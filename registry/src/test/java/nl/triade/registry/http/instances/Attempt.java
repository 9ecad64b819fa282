package nl.triade.registry.http.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Together;

/**
 * One request of the concurrent work and its answer: {@code label} is what the test sent that is
 * its own (a section body and revision note, a comment's text), {@code via} the instance it went to.
 */
record Attempt(String label, String via, ApiResponse response) {
    /** A request still to be sent. */
    record Planned(String label, ServerProcess via, Callable<ApiResponse> request) {
    }

    /** Sends {@code requests} at the same moment, each from a thread of its own: a collision between the instances. */
    static List<Attempt> colliding(List<Planned> requests) {
        List<ApiResponse> responses = Together.send(requests.stream().map(Planned::request).toList());
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            attempts.add(new Attempt(requests.get(i).label(), requests.get(i).via().name(), responses.get(i)));
        }
        return attempts;
    }

    int status() {
        return response.status();
    }

    @Override
    public String toString() {
        return "'" + label + "' via " + via + ": " + response;
    }
}
