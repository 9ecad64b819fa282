/**
 * The offline verifier of evidence packs ({@code java -jar triade.jar verify-package <folder>}):
 * checks a package folder as the Register or anyone else receives it, with nothing but the files
 * and the registry's public key, and names the first thing that does not hold.
 */
package nl.triade.registry.verify;
