/** Tests of the diagram filters: their names, and the web client's filter boxes naming exactly them. */
package org.framewright.diagram.server.filter;
