package org.casualtytrends.bench;

/** A written story before it becomes an archive article: what the writers return. */
record Story(String title, String text, String source, SyntheticArchive.Truth truth) {
}
