/**
 * The toetsingskader plugin: the Register's admission criteria (Toetsingskader 2015/3.0) as
 * validation rules with stable ids ({@code tk-…}), so problems surface before anyone is asked to
 * authorise a text the Register would refuse.
 */
package nl.triade.plugins.toetsingskader;
