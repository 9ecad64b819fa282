/**
 * The work group's pages: "my work" (what waits for the signed-in person and their organisation)
 * and the Register's assessment pages. They act only through the domain services the API uses
 * ({@code web/WebServices}), with the caller of the person's session.
 */
package nl.triade.registry.web.work;
