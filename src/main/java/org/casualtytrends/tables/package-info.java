/**
 * Shared: the Spark schemas of the stages' rows and of the output tables ({@link org.casualtytrends.tables.Schemas},
 * {@link org.casualtytrends.tables.AnnotationColumn}), and the conversions between model records and
 * rows ({@link org.casualtytrends.tables.IncidentRows}): what lets one stage read another's output
 * without importing it. Imports only {@code model}.
 */
package org.casualtytrends.tables;
