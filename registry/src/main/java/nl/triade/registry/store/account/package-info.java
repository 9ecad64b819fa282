/** Jdbi repositories for organisations, accounts and token hashes. */
package nl.triade.registry.store.account;
