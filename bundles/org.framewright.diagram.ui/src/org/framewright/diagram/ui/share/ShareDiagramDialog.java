package org.framewright.diagram.ui.share;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framewright.diagram.server.share.Access;
import org.framewright.diagram.server.share.NamePolicy;
import org.framewright.diagram.server.share.ShareSession;
import org.framewright.diagram.ui.editor.DiagramEditor;

/**
 * Share Diagram...: before a session, which links (read-only, edit), the network interface (127.0.0.1, this computer
 * only, unless the host picks another) and how participants are named; Start Session starts it. While it runs, its
 * links with Copy buttons, and End Session.
 */
public class ShareDiagramDialog extends Dialog {

    /** The return code after Start Session started a session. */
    public static final int STARTED = IDialogConstants.CLIENT_ID + 1;
    private static final int END = IDialogConstants.CLIENT_ID + 2;
    private static final String LOOPBACK = "127.0.0.1 (this computer only)";

    private final DiagramEditor editor;
    private final Map<Access, Button> links = new EnumMap<>(Access.class);
    private final List<InetAddress> addresses = new ArrayList<>();
    private Combo address;
    private NamePolicy policy = NamePolicy.ASK;

    /** The dialog for {@code editor}'s diagram. */
    public ShareDiagramDialog(Shell shell, DiagramEditor editor) {
        super(shell);
        this.editor = editor;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Share Diagram: " + editor.getPartName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        editor.sharing().ifPresentOrElse(session -> showLinks(area, session), () -> askOptions(area));
        return area;
    }

    private void askOptions(Composite area) {
        wrapped(area, "Participants join from a web browser with a link; they see this diagram and every change at "
                + "once. Their edits go into your undo history, marked with their names.");
        Group group = group(area, "Links");
        links.put(Access.VIEW, check(group, "&Read-only link (participants watch)"));
        links.put(Access.EDIT, check(group, "&Edit link (participants change the diagram with you)"));
        new Label(area, SWT.NONE).setText("&Listen on:");
        address = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(address);
        address.add(LOOPBACK);
        addresses.add(InetAddress.getLoopbackAddress());
        for (NetworkInterface network : networks()) {
            network.inetAddresses().filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).forEach(a -> {
                address.add(a.getHostAddress() + " (" + network.getDisplayName()
                        + ": others on that network can join)");
                addresses.add(a);
            });
        }
        address.select(0);
        Group naming = group(area, "Participants' names");
        for (NamePolicy policy : NamePolicy.values()) {
            Button radio = new Button(naming, SWT.RADIO);
            radio.setText(policy.label());
            radio.setSelection(policy == this.policy);
            // the radio that reports itself selected is the choice (SWT reports the deselected one too)
            radio.addListener(SWT.Selection, event -> {
                if (radio.getSelection()) {
                    this.policy = policy;
                }
            });
        }
    }

    private void showLinks(Composite area, ShareSession session) {
        wrapped(area, "Send a link to each participant. Anyone with a link can join while the session runs; End "
                + "Session (or closing the diagram) disconnects everyone.");
        for (Access access : Access.values()) {
            session.link(access).ifPresent(link -> {
                new Label(area, SWT.NONE).setText(access == Access.EDIT ? "Edit link:" : "Read-only link:");
                Text text = new Text(area, SWT.BORDER | SWT.READ_ONLY);
                text.setText(link.toString());
                GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(text);
                Button copy = new Button(area, SWT.PUSH);
                copy.setText(access == Access.EDIT ? "Copy Edit Link" : "Copy Read-only Link");
                copy.addListener(SWT.Selection, event -> copy(link.toString()));
            });
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (editor.sharing().isPresent()) {
            createButton(parent, END, "&End Session", false);
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        } else {
            createButton(parent, IDialogConstants.OK_ID, "&Start Session", true);
            createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
            links.values().forEach(box -> box.addListener(SWT.Selection, event -> getButton(IDialogConstants.OK_ID)
                    .setEnabled(links.values().stream().anyMatch(Button::getSelection))));
        }
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == END) {
            editor.endSharing();
            setReturnCode(END);
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        if (editor.sharing().isPresent()) {
            super.okPressed();
            return;
        }
        Set<Access> chosen = EnumSet.noneOf(Access.class);
        links.forEach((access, box) -> {
            if (box.getSelection()) {
                chosen.add(access);
            }
        });
        try {
            editor.share(new ShareSession.Options(chosen, addresses.get(Math.max(0, address.getSelectionIndex())),
                    policy));
        } catch (Exception e) {
            MessageDialog.openError(getShell(), "Share Diagram", "The session could not start: " + e.getMessage());
            return;
        }
        setReturnCode(STARTED);
        close();
    }

    private void copy(String text) {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private static List<NetworkInterface> networks() {
        try {
            List<NetworkInterface> up = new ArrayList<>();
            for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (network.isUp() && !network.isLoopback()) {
                    up.add(network);
                }
            }
            return up;
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static void wrapped(Composite area, String text) {
        Label label = new Label(area, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(560, SWT.DEFAULT).applyTo(label);
    }

    private static Group group(Composite area, String title) {
        Group group = new Group(area, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(group);
        return group;
    }

    private static Button check(Composite parent, String text) {
        Button box = new Button(parent, SWT.CHECK);
        box.setText(text);
        box.setSelection(true);
        return box;
    }
}
