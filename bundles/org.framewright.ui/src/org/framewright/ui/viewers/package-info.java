/** JFace content, label and image providers over the generated EMF item providers. */
package org.framewright.ui.viewers;
