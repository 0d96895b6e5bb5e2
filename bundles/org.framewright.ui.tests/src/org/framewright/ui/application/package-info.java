/** Tests of the Framewright perspective and the workbench window's menus. */
package org.framewright.ui.application;
