package org.framewright.scoring;

/** Progress and cancellation for a scoring run: told once per node scored across all councils. */
public interface ScoringMonitor {

    /** A monitor that reports nothing and never cancels. */
    ScoringMonitor NONE = new ScoringMonitor() {
        @Override
        public void begin(int nodes) {
        }

        @Override
        public void nodeDone(String nodeId) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called once before scoring, with the number of nodes to score. */
    void begin(int nodes);

    /** Called after a node has been scored for every council. */
    void nodeDone(String nodeId);

    /** When true, scoring stops with a {@link ScoringException} before the next node. */
    boolean isCanceled();
}
