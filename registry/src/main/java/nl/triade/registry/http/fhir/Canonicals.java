package nl.triade.registry.http.fhir;

/**
 * The stable names of the exported resources, under the registry's public base URL
 * ({@code TRIADE_PUBLIC_URL}): a Measure or PlanDefinition is known as
 * {@code <base>/fhir/<type>/<id>} whatever its version, as FHIR canonical URLs are, and a document
 * keeps its Triade id as an identifier in {@code <base>/api/v1/documents}. FHIR ids allow no
 * {@code _}, so a document's id ({@code doc_…}) becomes {@code doc-…}; its random part holds no
 * {@code -}, so the two map one to one.
 */
record Canonicals(String base) {

    String url(String resourceType, String documentId) {
        return base + "/fhir/" + resourceType + "/" + resourceId(documentId);
    }

    String documentSystem() {
        return base + "/api/v1/documents";
    }

    static String resourceId(String documentId) {
        return documentId.replace('_', '-');
    }
}
