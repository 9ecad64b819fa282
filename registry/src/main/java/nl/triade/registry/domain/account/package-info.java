/**
 * Organisations, accounts and API tokens: who is acting, for which party, with which rights.
 * Services here check the account-management permissions of DESIGN §3 and write an audit event
 * with every change.
 */
package nl.triade.registry.domain.account;
