/**
 * People's sessions in the web interface: the session cookie, the signed-in caller of a page
 * ({@link nl.triade.registry.web.session.WebSessions}, the one seam the pages use), the CSRF check
 * of every form and the safe return address after signing in. The JSON API never reads any of it:
 * it takes bearer tokens only.
 */
package nl.triade.registry.web.session;
