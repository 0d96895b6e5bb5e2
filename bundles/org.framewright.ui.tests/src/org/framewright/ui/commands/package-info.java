/** Tests of what the workbench's commands work on: the framework files of the selection. */
package org.framewright.ui.commands;
