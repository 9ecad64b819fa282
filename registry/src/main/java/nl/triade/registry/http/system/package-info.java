/** Operational endpoints outside {@code /api/v1}: health, readiness, the spec and its docs page. */
package nl.triade.registry.http.system;
