/** Tests of the Model Explorer's tree: a framework file's model and its diagrams below it. */
package org.framewright.ui.explorer;
