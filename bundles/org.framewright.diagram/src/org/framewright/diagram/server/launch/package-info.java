/** Running the GLSP server in-process: Jetty on the loopback interface, a free port and a per-session token. */
package org.framewright.diagram.server.launch;
