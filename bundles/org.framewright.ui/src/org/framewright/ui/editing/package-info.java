/** Shared model documents: one EMF editing domain and command stack per {@code .framework} file, used by every editor. */
package org.framewright.ui.editing;
