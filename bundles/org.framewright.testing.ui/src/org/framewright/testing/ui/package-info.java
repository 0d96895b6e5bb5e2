/**
 * What the workbench test bundles share: acting on real widgets as a person does (gestures, menus by label, typing,
 * dialogs), waiting for the workbench, fresh sample copies in the workspace and screenshots.
 */
package org.framewright.testing.ui;
