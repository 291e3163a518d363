package org.casualtytrends.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Items drawn with probabilities proportional to their weights. */
final class WeightedChoice<T> {
    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> WeightedChoice<T> of(List<T> items, List<Double> weights) {
        if (items.isEmpty() || items.size() != weights.size()) {
            throw new IllegalArgumentException("need as many weights as items, and at least one item");
        }
        double[] cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            if (!(weights.get(i) > 0)) {
                throw new IllegalArgumentException("weight of " + items.get(i) + " is not positive: " + weights.get(i));
            }
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        return new WeightedChoice<>(List.copyOf(items), cumulative);
    }

    T pick(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (x < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    List<T> items() {
        return items;
    }

    /** Other items with the same weights, in the same order. */
    <U> WeightedChoice<U> withItems(List<U> replacements) {
        if (replacements.size() != items.size()) {
            throw new IllegalArgumentException("need " + items.size() + " items, got " + replacements.size());
        }
        return new WeightedChoice<>(List.copyOf(replacements), cumulative);
    }

    /** Parses "name:weight name:weight ..." as written in conf/bench tables. */
    static WeightedChoice<String> parse(ConfTable.Row row, int column) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String entry : row.field(column).split("\\s+")) {
            int colon = entry.indexOf(':');
            try {
                if (colon <= 0) {
                    throw new NumberFormatException();
                }
                weights.add(Double.parseDouble(entry.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw row.error("expected name:weight, found " + entry);
            }
            names.add(entry.substring(0, colon));
        }
        try {
            return of(names, weights);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
