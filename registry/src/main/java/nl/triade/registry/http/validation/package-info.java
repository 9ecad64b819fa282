/** HTTP resources for validation reports. */
package nl.triade.registry.http.validation;
