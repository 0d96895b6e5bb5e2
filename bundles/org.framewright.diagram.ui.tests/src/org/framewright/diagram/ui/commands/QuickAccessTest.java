package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.find;
import static org.framewright.diagram.ui.commands.Gestures.findAll;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.explorer;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

/** Ctrl+3 (Quick Access), run through the key binding, finds the Framewright commands and views by name. */
class QuickAccessTest {

    @Test
    void ctrl3FindsOpenDiagramCompareFrameworksSimulationScoringAndValidate() throws Exception {
        explorer();
        Binding ctrl3 = PlatformUI.getWorkbench().getService(IBindingService.class)
            .getPerfectMatch(KeySequence.getInstance("M1+3"));
        assertNotNull(ctrl3, "Ctrl+3 is bound");
        for (String name : List.of("Open Diagram", "Compare Frameworks", "Simulation", "Scoring", "Validate")) {
            page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(ctrl3.getParameterizedCommand(), null);
            Shell popup = popup();
            find(popup, Text.class).setText(name);
            Table proposals = find(popup, Table.class);
            waitFor(() -> labels(proposals).stream().anyMatch(label -> label.contains(name)), 20_000,
                () -> "Quick Access does not find '" + name + "': " + labels(proposals));
            if (name.equals("Open Diagram")) {
                screenshot("quick-access-open-diagram.png");
            }
            popup.close();
            processEvents(200);
        }
    }

    /** The Quick Access pop-up that Ctrl+3 opened. */
    private static Shell popup() {
        Shell main = Gestures.shell();
        Shell[] found = new Shell[1];
        waitFor(() -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (shell != main && shell.isVisible() && !findAll(shell, Text.class).isEmpty()) {
                    found[0] = shell;
                    return true;
                }
            }
            return false;
        }, 10_000, () -> "Ctrl+3 opened no Quick Access pop-up");
        return found[0];
    }

    private static List<String> labels(Table table) {
        List<String> labels = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
                labels.add(item.getText(column));
            }
        }
        return labels;
    }
}
