package org.casualtytrends.model;

/** The kind of an incident (CODEBOOK.md section 2, {@code event_type}); {@code other} for accidents and kinds not listed. */
public enum EventType implements Vocabulary {
    ARMED_ATTACK, BOMBING, AIRSTRIKE, CLASH, RAID, ASSASSINATION, ABDUCTION, OTHER;

    /** The value written {@code code}; null for null. */
    public static EventType of(String code) {
        return Vocabulary.parse(EventType.class, code);
    }
}
