/**
 * The pages of signing in: the sign-in form, setting a password from a one-time link, signing out,
 * and an org-admin's page that issues those links. They change nothing but through the account
 * services the API uses, and reach the session only through {@code web.session.WebSessions}.
 */
package nl.triade.registry.web.signin;
