/**
 * The register-outbox plugin: writes each submission as a package folder, its evidence pack with a signed SHA-256 manifest,
 * into {@code TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY}, for manual upload to the Register.
 */
package nl.triade.plugins.registeroutbox;
