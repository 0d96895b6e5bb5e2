/** Operation handlers shared by the diagrams: rename, move, arrange all, and helpers for create handlers. */
package org.framewright.diagram.server.operations;
