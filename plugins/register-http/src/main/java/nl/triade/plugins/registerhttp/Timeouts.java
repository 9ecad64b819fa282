package nl.triade.plugins.registerhttp;

import java.time.Duration;

/**
 * The HTTP timeouts of one exchange with the Register, fitted inside the host's time limit for the
 * call: connecting and then waiting for the answer together end before the host gives up, with a
 * margin (a tenth of the limit) to read the answer and return it. A Register slower than that
 * costs a retried attempt that the submitter itself reports, never an abandoned request that the
 * Register still records while Triade already offers the package again.
 *
 * @param connect how long to wait for a connection
 * @param request how long to wait for the answer once connected
 */
record Timeouts(Duration connect, Duration request) {
    static final Duration LONGEST_CONNECT = Duration.ofSeconds(10);

    static Timeouts within(Duration limit) {
        Duration budget = limit.minus(limit.dividedBy(10));
        Duration connect = budget.dividedBy(4).compareTo(LONGEST_CONNECT) < 0 ? budget.dividedBy(4) : LONGEST_CONNECT;
        return new Timeouts(connect, budget.minus(connect));
    }
}
