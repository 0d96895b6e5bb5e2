package org.framewright.compare.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.framewright.compare.ChangeCategory;
import org.framewright.compare.ChangeKind;
import org.framewright.compare.FrameworkDiff;
import org.framewright.compare.LineageClass;
import org.framewright.compare.results.CouncilShift;
import org.framewright.compare.results.NodeShift;
import org.framewright.compare.results.ResultsDiff;
import org.framewright.model.Framework;

/**
 * The Framework Comparison view: the diff as a filterable tree (tab "Differences") and, after Score side by
 * side..., the councils whose rating or rank changes (tab "Side-by-side results").
 */
public final class FrameworkDiffView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.compare.ui.diff";

    private final Set<String> hidden = new HashSet<>();
    private Label heading;
    private TreeViewer tree;
    private TableViewer results;
    private CTabFolder tabs;
    private Button scoreButton;
    private Framework oldFramework;
    private Framework newFramework;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText("Select two .framework files and choose Compare Frameworks.");
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new RowLayout());
        for (LineageClass c : LineageClass.values()) {
            filterButton(filters, c.name());
        }
        for (ChangeKind k : ChangeKind.values()) {
            filterButton(filters, k.name());
        }
        for (ChangeCategory c : ChangeCategory.values()) {
            filterButton(filters, c.name());
        }
        scoreButton = new Button(filters, SWT.PUSH);
        scoreButton.setText("Score side by side...");
        scoreButton.setEnabled(false);
        scoreButton.addListener(SWT.Selection, e -> SideBySide.ask(this, oldFramework, newFramework));
        tabs = new CTabFolder(parent, SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        CTabItem differences = new CTabItem(tabs, SWT.NONE);
        differences.setText("Differences");
        tree = new TreeViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER);
        tree.getTree().setHeaderVisible(true);
        treeColumn("Item", 420, DiffTree.Node::label);
        treeColumn("Old", 260, DiffTree.Node::oldValue);
        treeColumn("New", 260, DiffTree.Node::newValue);
        tree.setContentProvider(new NodeContentProvider());
        tree.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return !hidden.contains(((DiffTree.Node) element).filterKey());
            }
        });
        differences.setControl(tree.getControl());
        CTabItem sideBySide = new CTabItem(tabs, SWT.NONE);
        sideBySide.setText("Side-by-side results");
        results = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.BORDER);
        results.getTable().setHeaderVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        resultColumn("Council", 220, c -> c.councilName() + " (" + c.councilId() + ")");
        resultColumn("Rating A \u2192 B", 200, c -> c.ratingA() + " \u2192 " + c.ratingB());
        resultColumn("Rank A \u2192 B", 110, c -> rank(c.rankA()) + " \u2192 " + rank(c.rankB()));
        resultColumn("Nodes that moved most", 520, c -> String.join("; ",
            c.reasons().stream().map(NodeShift::describe).toList()));
        sideBySide.setControl(results.getControl());
        tabs.setSelection(differences);
    }

    /** Shows the comparison of {@code oldOne} with {@code newOne}. */
    public void show(FrameworkDiff diff, Framework oldOne, Framework newOne) {
        this.oldFramework = oldOne;
        this.newFramework = newOne;
        heading.setText("Old: " + diff.oldFramework() + "\nNew: " + diff.newFramework()
            + (diff.notes().isEmpty() ? "" : "\n" + String.join("\n", diff.notes())));
        heading.getParent().layout(true, true);
        tree.setInput(DiffTree.of(diff));
        tree.expandToLevel(2);
        scoreButton.setEnabled(!oldOne.getSchemes().isEmpty() && !newOne.getSchemes().isEmpty());
        tabs.setSelection(0);
    }

    /** Shows the councils whose rating or rank changes. */
    public void showResults(ResultsDiff diff) {
        results.setInput(diff.changed());
        tabs.setSelection(1);
    }

    /** Hides (or shows again) the nodes with this filter key, e.g. {@code NEW} or {@code WEIGHT}. */
    public void setHidden(String filterKey, boolean hide) {
        if (hide ? hidden.add(filterKey) : hidden.remove(filterKey)) {
            tree.refresh();
        }
    }

    /** The tree viewer (for tests and for contributions to the view). */
    public TreeViewer tree() {
        return tree;
    }

    /** The side-by-side results table (for tests and for contributions to the view). */
    public TableViewer results() {
        return results;
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    private static String rank(Integer rank) {
        return rank == null ? "-" : rank.toString();
    }

    private void filterButton(Composite parent, String key) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(key.toLowerCase(java.util.Locale.ROOT));
        button.setSelection(true);
        button.addListener(SWT.Selection, e -> setHidden(key, !button.getSelection()));
    }

    private void treeColumn(String title, int width, java.util.function.Function<DiffTree.Node, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DiffTree.Node) element);
            }
        });
    }

    private void resultColumn(String title, int width, java.util.function.Function<CouncilShift, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CouncilShift) element);
            }
        });
    }

    /** Children of a node; the input is the list of roots. */
    private static final class NodeContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return ((DiffTree.Node) parent).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((DiffTree.Node) element).children().isEmpty();
        }
    }
}
