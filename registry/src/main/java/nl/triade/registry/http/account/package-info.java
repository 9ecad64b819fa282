/** HTTP resources for organisations, accounts, tokens and {@code /me}: request and response records and their controllers. */
package nl.triade.registry.http.account;
