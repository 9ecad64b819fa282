/** HTTP resources for submissions to the Register. */
package nl.triade.registry.http.submission;
