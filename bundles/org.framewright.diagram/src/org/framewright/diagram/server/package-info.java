/** The Framewright GLSP server: diagram modules, shared type ids and the server module with every diagram. */
package org.framewright.diagram.server;
