/** Eclipse command handlers of the workbench (validate, ...). */
package org.framewright.ui.commands;
