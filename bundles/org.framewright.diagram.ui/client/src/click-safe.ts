// A click on a node selects it and never moves it: GLSP's change-bounds tool treats every pointer movement with the
// button down as a drag, so a click whose pointer shakes by a pixel (or lands on a snapped grid) sent a
// ChangeBounds operation and wrote the node's position. Here a press only becomes a drag once the pointer has left
// a small circle around where the button went down; double-clicks (label editing, drill-down) are left alone.
import { injectable } from 'inversify';
import {
  Action, ChangeBoundsListener, ChangeBoundsTool, FeedbackMoveMouseListener, GModelElement, MouseListener, Point
} from '@eclipse-glsp/client';
import { dragEnded, dragStarted } from './drag-routes';

/** How far (screen pixels, either axis) the pointer travels with the button down before a press is a drag. */
export const DRAG_THRESHOLD = 3;

/** Where the button went down, and whether the pointer has since gone far enough to drag. */
class Press {
  private origin: Point | undefined;
  private dragging = false;

  down(event: MouseEvent): void {
    this.origin = { x: event.clientX, y: event.clientY };
    this.dragging = false;
  }

  /** True while the button is down and the pointer is still within the threshold: the move is no drag yet. */
  holdsBack(event: MouseEvent): boolean {
    if (!this.origin || this.dragging) {
      return false;
    }
    this.dragging = Point.maxDistance(this.origin, { x: event.clientX, y: event.clientY }) >= DRAG_THRESHOLD;
    return !this.dragging;
  }

  /** Whether the button is down (a press under way). */
  isDown(): boolean {
    return this.origin !== undefined;
  }

  up(): void {
    this.origin = undefined;
    this.dragging = false;
  }
}

/** GLSP's move feedback (the box follows the pointer), started only by a real drag. */
class ClickSafeMoveListener extends FeedbackMoveMouseListener {
  private readonly press = new Press();

  override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
    this.press.down(event);
    return super.mouseDown(target, event);
  }

  override mouseMove(target: GModelElement, event: MouseEvent): Action[] {
    if (this.press.holdsBack(event)) {
      return [];
    }
    if (this.press.isDown()) {
      dragStarted();
    }
    return super.mouseMove(target, event);
  }

  override mouseUp(target: GModelElement, event: MouseEvent): Action[] {
    this.press.up();
    dragEnded();
    return super.mouseUp(target, event);
  }
}

/** GLSP's listener that sends the move (ChangeBounds) to the server, which then only sees real drags. */
class ClickSafeBoundsListener extends ChangeBoundsListener {
  private readonly press = new Press();

  override mouseDown(target: GModelElement, event: MouseEvent): Action[] {
    this.press.down(event);
    return super.mouseDown(target, event);
  }

  override mouseMove(target: GModelElement, event: MouseEvent): Action[] {
    return this.press.holdsBack(event) ? [] : super.mouseMove(target, event);
  }

  override mouseUp(target: GModelElement, event: MouseEvent): Action[] {
    this.press.up();
    return super.mouseUp(target, event);
  }
}

/** The change-bounds tool with both of its listeners click-safe; bound in place of GLSP's (app.ts). */
@injectable()
export class ClickSafeChangeBoundsTool extends ChangeBoundsTool {

  protected override createMoveMouseListener(): MouseListener {
    return new ClickSafeMoveListener(this);
  }

  protected override createChangeBoundsListener(): MouseListener {
    return new ClickSafeBoundsListener(this);
  }
}
