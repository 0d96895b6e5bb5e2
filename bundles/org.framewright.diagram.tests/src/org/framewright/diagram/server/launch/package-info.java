/** Tests of the in-process diagram server's launch: loopback only, a free port, the per-session token required. */
package org.framewright.diagram.server.launch;
