/** HTTP resources for the audit log. */
package nl.triade.registry.http.audit;
