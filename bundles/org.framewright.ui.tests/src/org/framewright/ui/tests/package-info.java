/** Shared helpers for the workbench tests. */
package org.framewright.ui.tests;
