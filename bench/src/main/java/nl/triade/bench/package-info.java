/** On-demand benchmarks: each starts the real server on a temporary database, drives it over HTTP and prints figures. */
package nl.triade.bench;
