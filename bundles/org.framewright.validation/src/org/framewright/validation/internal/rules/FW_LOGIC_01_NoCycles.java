package org.framewright.validation.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.framewright.model.FrameworkPackage;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * FW-LOGIC-01: a logic model is an if-then chain (resources, then activities, then outputs, then outcomes), so its
 * leads-to links form no cycle. Reported on each link that closes a cycle, naming the cycle. Fix: remove or turn
 * round the link.
 */
public final class FW_LOGIC_01_NoCycles extends Rule<LogicModel> {

    /** The rule's code. */
    public static final String CODE = "FW-LOGIC-01";

    /** The rule. */
    public FW_LOGIC_01_NoCycles() {
        super(CODE, Severity.ERROR, LogicModel.class);
    }

    @Override
    protected void check(LogicModel model, Consumer<ModelDiagnostic> sink) {
        Map<LogicElement, List<LeadsTo>> outgoing = new HashMap<>();
        for (LeadsTo link : model.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null) {
                outgoing.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link);
            }
        }
        Set<LogicElement> done = new HashSet<>();
        for (LogicElement start : model.getElements()) {
            visit(start, outgoing, new ArrayList<>(), done, sink);
        }
    }

    /** Depth-first search; {@code path} holds the elements on the way here (grey), {@code done} the finished ones. */
    private void visit(LogicElement element, Map<LogicElement, List<LeadsTo>> outgoing, List<LogicElement> path,
            Set<LogicElement> done, Consumer<ModelDiagnostic> sink) {
        if (done.contains(element)) {
            return;
        }
        path.add(element);
        for (LeadsTo link : outgoing.getOrDefault(element, List.of())) {
            int onPath = path.indexOf(link.getTarget());
            if (onPath >= 0) {
                List<String> cycle = new ArrayList<>();
                for (LogicElement member : path.subList(onPath, path.size())) {
                    cycle.add(member.getId());
                }
                cycle.add(link.getTarget().getId());
                report(sink, link, FrameworkPackage.Literals.LEADS_TO__TARGET,
                    "closes a cycle of leads-to links: " + String.join(" -> ", cycle));
            } else {
                visit(link.getTarget(), outgoing, path, done, sink);
            }
        }
        path.remove(path.size() - 1);
        done.add(element);
    }
}
