package org.framewright.ui.review;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a comment's (or a reply's) text; OK is enabled once there is some. */
final class CommentDialog extends Dialog {

    private final String title;
    private final String prompt;
    private Text text;
    private String value = "";

    CommentDialog(Shell parent, String title, String prompt) {
        super(parent);
        this.title = title;
        this.prompt = prompt;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(prompt);
        text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(text);
        text.addModifyListener(event -> {
            value = text.getText().strip();
            getButton(IDialogConstants.OK_ID).setEnabled(!value.isEmpty());
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    /** The text entered, stripped. */
    String value() {
        return value;
    }
}
