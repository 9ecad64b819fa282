/**
 * Issue 14's speed benchmark ({@code bench/speed}): Triade as a real process beside the two bare baselines of its own
 * stack, each in a process of its own, loaded with wrk; prints one table of medians, the ratios the targets
 * name, and the start-up, memory and validator figures.
 */
package nl.triade.bench.speed;
