/** Live workshop sessions: one open diagram shared with web browsers through read-only and edit links. */
package org.framewright.diagram.server.share;
