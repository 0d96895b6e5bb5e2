/** The logic model diagram of an area: lanes per element kind, typed boxes with indicator badges, leads-to links. */
package org.framewright.diagram.server.logicmodel;
