// In-place label editing: the edit box sits exactly over the label's text and spans the box, Enter commits,
// Escape cancels (also when the key reaches the page rather than the edit box), F2 edits the selected node's name.
import { injectable } from 'inversify';
import { EditLabelAction, GlspEditLabelUI, GModelElement, GModelRoot, GParentElement, isSelected } from '@eclipse-glsp/client';
import { DiagramTypes } from './types';

/** GLSP's label editor, placed over the label's drawn text (the server sends labels without sizes). */
@injectable()
export class FramewrightEditLabelUI extends GlspEditLabelUI {

  protected override setPosition(containerElement: HTMLElement): void {
    const text = this.label ? document.getElementById(this.domHelper.createUniqueDOMElementId(this.label)) : null;
    const node = text?.parentElement;
    const base = containerElement.parentElement;
    if (!text || !node || !base) {
      super.setPosition(containerElement);
      return;
    }
    const textBox = text.getBoundingClientRect();
    const nodeBox = node.getBoundingClientRect();
    const baseBox = base.getBoundingClientRect();
    const left = Math.min(textBox.left, nodeBox.left + 4);
    const width = Math.max(nodeBox.right - 4 - left, textBox.width + 20, 60);
    const height = Math.max(textBox.height + 6, 20);
    const box = { left: left - baseBox.left, top: textBox.top - 3 - baseBox.top, width, height };
    containerElement.style.left = `${box.left}px`;
    containerElement.style.top = `${box.top}px`;
    containerElement.style.width = `${box.width}px`;
    containerElement.style.height = `${box.height}px`;
    this.editControl.style.width = `${box.width}px`;
    this.editControl.style.height = `${box.height}px`;
  }

  /** True while a label is being edited. */
  get editing(): boolean {
    return this.isActive;
  }

  /** Cancels the edit (Escape). */
  cancel(): void {
    if (this.isActive) {
      this.hide();
    }
  }
}

/** The editable name label of {@code element} (a node) or the element itself when it is one. */
export function nameLabelOf(element: GModelElement | undefined): GModelElement | undefined {
  if (!element) {
    return undefined;
  }
  if (element.type === DiagramTypes.NAME_LABEL) {
    return element;
  }
  return element instanceof GParentElement ? element.children.find(child => child.type === DiagramTypes.NAME_LABEL) : undefined;
}

/** The action that edits the name of the one selected node, if exactly one is selected. */
export function editSelectedLabel(root: Readonly<GModelRoot>): EditLabelAction | undefined {
  const selected = [...root.index.all()].filter(element => isSelected(element));
  const label = selected.length === 1 ? nameLabelOf(selected[0]) : undefined;
  return label ? EditLabelAction.create(label.id) : undefined;
}
