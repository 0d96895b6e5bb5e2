/** Wizards: a new framework, from scratch or based on an existing one. */
package org.framewright.ui.wizards;
