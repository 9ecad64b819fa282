/**
 * The command-line words {@code export} and {@code import}: a backup of the whole registry to one
 * archive file, and its restore into an empty database of either engine. They parse their
 * arguments, report in sentences and exit with 0 (done), 2 (refused) or 1 (anything unexpected);
 * the work itself is in {@code store.archive}.
 */
package nl.triade.registry.archive;
