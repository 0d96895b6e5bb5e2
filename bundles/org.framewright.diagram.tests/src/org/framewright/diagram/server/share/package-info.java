/** Tests of live workshop sessions (links, tokens, participants). */
package org.framewright.diagram.server.share;
