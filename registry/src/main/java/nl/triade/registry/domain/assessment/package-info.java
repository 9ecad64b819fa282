/**
 * The Register's assessment of a submission: per criterion of the framework version in force on
 * the day it was submitted, met, not met or its tijdpad accepted, with a note; and the decision that
 * follows from it (registered, not registered, or first referred to the minister). Only accounts of
 * the Zorginstituut assess and decide; the decision moves the document through the submission room.
 */
package nl.triade.registry.domain.assessment;
