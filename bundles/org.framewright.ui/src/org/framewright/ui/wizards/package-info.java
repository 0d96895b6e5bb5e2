/** Wizards: a new framework (from scratch or based on an existing one) and the import of council data. */
package org.framewright.ui.wizards;
