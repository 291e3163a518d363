package org.casualtytrends.geo.world;

import java.util.HashMap;
import java.util.Map;
import org.casualtytrends.config.ConfFiles;

/** The project's world tables, read once for the tests (the gazetteer itself reads no file). */
final class WorldTables {
    static final WorldGazetteer GAZETTEER = WorldGazetteer.load(contents());

    private WorldTables() {
    }

    static Map<String, String> contents() {
        Map<String, String> files = new HashMap<>();
        for (String name : WorldGazetteer.FILES) {
            files.put(name, ConfFiles.read(ConfFiles.CLASSPATH + "conf/gazetteer/" + name));
        }
        return files;
    }
}
