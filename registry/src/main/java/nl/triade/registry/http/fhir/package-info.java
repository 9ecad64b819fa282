/**
 * Documents in FHIR R4, the exchange format of quality measures elsewhere (CMS, HL7 NL): an
 * instrument as a {@code Measure}, a standard as a {@code PlanDefinition}. The resources are written
 * by hand as small records of only the elements Triade fills, so the registry carries no FHIR
 * library; the tests check every export with HAPI FHIR's validator.
 */
package nl.triade.registry.http.fhir;
