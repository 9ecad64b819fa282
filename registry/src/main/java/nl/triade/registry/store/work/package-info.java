/** The queries of "my work" in SQL: read-only, one statement per list, each bounded by its row count. */
package nl.triade.registry.store.work;
