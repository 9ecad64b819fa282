/** HTTP resources for review comments and their answers. */
package nl.triade.registry.http.review;
