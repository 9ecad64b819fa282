/**
 * The decisions pages of the web interface: a board member's approval or rejection of exactly the
 * frozen text, and the validation report in plain words. They act through the API's own
 * {@code ApprovalService} and {@code ValidationService}, with its write limits.
 */
package nl.triade.registry.web.decisions;
