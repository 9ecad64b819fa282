/**
 * The workspace: a document as its participants see it, with its status, what happens next and the
 * buttons that move it through its lifecycle, and the list of documents an organisation takes part
 * in. Also the one way a page explains a refusal by a rule of the domain ({@link
 * nl.triade.registry.web.Refusal}), which the other groups of pages use on their forms.
 */
package nl.triade.registry.web.workspace;
