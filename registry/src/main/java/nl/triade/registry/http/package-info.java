/**
 * The HTTP layer: the Javalin set-up, the URL tree ({@link nl.triade.registry.http.Routes}), the
 * problem mapping, strict request reading, and one sub-package of controllers and request/response
 * records per resource family. Controllers translate HTTP to one service call and back; rules
 * live in the domain.
 */
package nl.triade.registry.http;
