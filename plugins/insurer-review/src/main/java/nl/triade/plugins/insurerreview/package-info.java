/**
 * The insurer-review plugin: an insurer's automated reviewer. Configured with the organisation it
 * comments for ({@code TRIADE_PLUGIN_INSURER_REVIEW_ORGANISATION}), it comments on every document
 * whose consultation opens.
 */
package nl.triade.plugins.insurerreview;
