/** Open {@code .framework} files as diagram documents: framework, editing domain, layout, and where they come from. */
package org.framewright.diagram.server.document;
