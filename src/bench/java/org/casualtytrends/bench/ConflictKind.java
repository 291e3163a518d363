package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.List;

/** A kind of conflict story (attack, bombing, ...) with how its victims and figures are drawn (conf/bench/conflict-kinds.txt). */
record ConflictKind(String name, WeightedChoice<String> groups, WeightedChoice<FigureShape> shapes, double releaseShare) {

    static final String MILITANTS = "militants";

    static WeightedChoice<ConflictKind> load(String location) {
        List<ConflictKind> kinds = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (ConfTable.Row row : ConfTable.read(location, 5).rows()) {
            WeightedChoice<String> shapeNames = WeightedChoice.parse(row, 3);
            List<FigureShape> shapes = new ArrayList<>();
            for (String shape : shapeNames.items()) {
                try {
                    shapes.add(FigureShape.valueOf(shape));
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown figure shape " + shape);
                }
            }
            double releaseShare = row.doubleField(4);
            if (releaseShare < 0 || releaseShare > 1) {
                throw row.error("press-release share must lie in 0..1");
            }
            kinds.add(new ConflictKind(row.field(0), WeightedChoice.parse(row, 2), shapeNames.withItems(shapes), releaseShare));
            weights.add(row.doubleField(1));
        }
        return WeightedChoice.of(kinds, weights);
    }
}
