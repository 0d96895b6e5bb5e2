package org.framewright.audit;

/**
 * How far the councils' overall ranks move when one element is left out.
 *
 * @param councils the number of councils ranked both with and without the element
 * @param median the median absolute rank shift (NaN when no council could be compared)
 * @param max the largest absolute rank shift (NaN likewise)
 * @param note why the shift could not be computed (null when it was)
 */
public record RankShift(int councils, double median, double max, String note) {
}
