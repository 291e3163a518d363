/**
 * Shared: the records the stages hand each other ({@link org.casualtytrends.model.AnnotatedDocument},
 * {@link org.casualtytrends.model.Incident}, {@link org.casualtytrends.model.Evidence}) and the closed
 * vocabularies of the tables ({@link org.casualtytrends.model.Vocabulary}: statuses, casualty kinds,
 * victim groups, event types, source types, operators, date and location precisions), one enum each,
 * written as their codes. Plain Java; imports no other package of the project.
 */
package org.casualtytrends.model;
