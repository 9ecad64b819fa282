/**
 * The patient-perspective plugin: a patient organisation's own checks, so the patient's voice is
 * demonstrably in a standard before that organisation authorises it.
 */
package nl.triade.plugins.patientperspective;
