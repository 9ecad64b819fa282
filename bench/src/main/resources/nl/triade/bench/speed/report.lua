-- Appended to every load's script: wrk calls done() once at the end; one line the benchmark reads.
-- Latencies are microseconds; errors.status counts answers outside 2xx and 3xx.
function done(summary, latency, requests)
  io.write(string.format("WRK-RESULT requests=%d micros=%d p50=%f p99=%f connect=%d read=%d write=%d status=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
