package org.casualtytrends.geo;

/**
 * A place a name can denote: a country, an OCHA ADM1 (province) or ADM2 (district) unit, a first-level
 * division without an OCHA p-code (a country outside the OCHA list, or a division the crosswalk could not
 * place), or a city or town. The fields mirror the incident columns they fill.
 *
 * @param kind              what the place is
 * @param name              its name in the source (OCHA's for units, GeoNames' for cities and regions)
 * @param country           ISO 3166-1 alpha-3
 * @param provinceCode      OCHA ADM1 p-code, null when unknown (then the place gives country precision)
 * @param province          OCHA's name of that ADM1 ("Hilmand", "Ninewa")
 * @param provinceName      the ADM1's common English name, as news and GeoNames write it ("Helmand", "Nineveh");
 *                          OCHA's where no source gives another
 * @param districtCode      OCHA ADM2 p-code of a district, or of the district a city shares its name with
 *                          (CODING-NOTES R6b); null otherwise
 * @param district          OCHA's name of that ADM2
 * @param enclosingDistrict for a city whose GeoNames first-level division is an OCHA ADM2 of another name
 *                          (Msaken in Sousse, Tunisia): that ADM2's p-code; R6b keeps such a city at province
 *                          level, the fact is kept for rules that need it. Null otherwise
 * @param source            where the place comes from: {@code ocha:<p-code>}, {@code geonames:<id>},
 *                          {@code geonames-admin1:<code>}, {@code world-countries:<iso3>}, {@code towns:<name>}
 * @param population        GeoNames population of a city, 0 otherwise
 */
public record Place(Kind kind, String name, String country, String provinceCode, String province, String provinceName,
                    String districtCode, String district, String enclosingDistrict, String source, long population) {

    public enum Kind { COUNTRY, PROVINCE, DISTRICT, REGION, CITY }

    /** {@code district}, {@code province} or {@code country}: what the place says by itself. */
    public String precision() {
        return districtCode != null ? "district" : provinceCode != null ? "province" : "country";
    }

    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    /** The place's province alone ("near Homs": Homs province, not its district); itself when it has no province. */
    public Place provinceOnly() {
        if (provinceCode == null || kind == Kind.PROVINCE && districtCode == null) {
            return this;
        }
        return new Place(Kind.PROVINCE, province, country, provinceCode, province, provinceName, null, null, null, source, 0);
    }
}
