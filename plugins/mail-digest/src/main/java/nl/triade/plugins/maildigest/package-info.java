/**
 * The {@code mail-digest} notifier: once a day, at its digest time, one plain-text e-mail per
 * subscription listing the events gathered since the last one, sent over SMTP.
 */
package nl.triade.plugins.maildigest;
