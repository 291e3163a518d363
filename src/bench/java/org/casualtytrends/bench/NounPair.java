package org.casualtytrends.bench;

/** A noun in the singular and the plural ("policeman", "policemen"). */
record NounPair(String singular, String plural) {
    String forCount(int count) {
        return count == 1 ? singular : plural;
    }
}
