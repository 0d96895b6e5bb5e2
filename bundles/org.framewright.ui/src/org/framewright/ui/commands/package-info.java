/** Eclipse command handlers of the workbench: open, validate, score, simulate, report, import data. */
package org.framewright.ui.commands;
