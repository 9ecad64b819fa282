/** Operational endpoints outside {@code /api/v1}: health, readiness, metrics, the spec and its docs page. */
package nl.triade.registry.http.system;
