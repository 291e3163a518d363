package org.casualtytrends.events;

/** One reported number of one casualty kind, and whether a party to the fighting claims it. */
record Figure(int value, boolean claim) {
}
