/** The model explorer: the workspace's framework files and their content as a tree. */
package org.framewright.ui.explorer;
