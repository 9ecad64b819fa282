/**
 * The password hash behind the domain's {@code PasswordHasher} port: Argon2id from Bouncy Castle,
 * in the PHC string format. Kept out of the domain, which sees no library but the JDK.
 */
package nl.triade.registry.password;
