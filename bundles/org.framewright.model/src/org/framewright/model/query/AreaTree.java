package org.framewright.model.query;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.Area;

/** Walks of the area tree, in the framework's order. */
public final class AreaTree {

    private AreaTree() {
    }

    /** Every area below and including {@code roots}, children before their parent, siblings in order. */
    public static List<Area> postOrder(List<Area> roots) {
        List<Area> result = new ArrayList<>();
        for (Area root : roots) {
            result.addAll(postOrder(root.getChildren()));
            result.add(root);
        }
        return result;
    }

    /** The areas without children below and including {@code roots}, in tree order. */
    public static List<Area> leaves(List<Area> roots) {
        List<Area> result = new ArrayList<>();
        for (Area root : roots) {
            if (root.getChildren().isEmpty()) {
                result.add(root);
            } else {
                result.addAll(leaves(root.getChildren()));
            }
        }
        return result;
    }
}
