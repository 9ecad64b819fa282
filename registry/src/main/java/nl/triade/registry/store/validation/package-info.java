/** The Jdbi side of validation: stored reports. */
package nl.triade.registry.store.validation;
