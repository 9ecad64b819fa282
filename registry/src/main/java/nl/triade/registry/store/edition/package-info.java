/** Registered editions in table {@code editions}. */
package nl.triade.registry.store.edition;
