/** The user guide (Eclipse help contributed by org.framewright.doc) shown inside the workbench. */
package org.framewright.ui.help;
