/** HTTP resources for authorisation decisions. */
package nl.triade.registry.http.authorisation;
