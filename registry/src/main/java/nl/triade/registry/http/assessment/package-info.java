/** HTTP resources of the Register's work on submissions: what awaits it, the assessment per criterion, the decision. */
package nl.triade.registry.http.assessment;
