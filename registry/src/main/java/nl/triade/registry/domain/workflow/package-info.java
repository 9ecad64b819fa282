/**
 * The lifecycle above documents (DESIGN §2): which status an action leads to, the gates in front
 * of each step (the party rule, answered comments, a clean validation of the current revision),
 * the status moves other features' changes lead to (an approval round, a submission), the
 * automated reviewers that a consultation's opening sets off, and the closer that ends a
 * consultation at its closing time. It reads documents, comments,
 * validations and organisations; none of those features depends on it.
 */
package nl.triade.registry.domain.workflow;
