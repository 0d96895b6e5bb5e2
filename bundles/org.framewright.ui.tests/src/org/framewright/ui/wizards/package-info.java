/** Tests of the new framework wizard's file creation. */
package org.framewright.ui.wizards;
