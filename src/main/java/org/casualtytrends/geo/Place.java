package org.casualtytrends.geo;

/**
 * A place of the gazetteer: the country, a province (ADM1), a district (ADM2) or a town (placed in its
 * province, and in its district when known). Codes are OCHA 2021 p-codes.
 */
public record Place(String name, Level level, String provinceCode, String provinceName, String districtCode,
                    String districtName) {
    public enum Level { COUNTRY, PROVINCE, DISTRICT, TOWN }

    public static final String AFGHANISTAN = "AFG";

    public boolean isCountry() {
        return level == Level.COUNTRY;
    }
}
