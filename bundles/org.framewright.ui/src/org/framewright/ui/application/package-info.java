/** The workbench application, its advisors, the Framewright perspective and the first-start samples workspace. */
package org.framewright.ui.application;
