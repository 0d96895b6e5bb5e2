package org.framewright.compare;

/** What happened to one identified model element between the old and the new framework. */
public enum ChangeKind {
    /** Only the new framework holds an element with this id. */
    ADDED,
    /** Only the old framework holds an element with this id. */
    REMOVED,
    /** Both hold it under the same parent, with different feature values. */
    CHANGED,
    /** Both hold it, under a different parent area (or container); feature changes may come with the move. */
    MOVED
}
