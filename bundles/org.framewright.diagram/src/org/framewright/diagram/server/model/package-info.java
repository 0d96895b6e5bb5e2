/** Session state and storage of Framewright diagrams: which document and diagram a GLSP session shows. */
package org.framewright.diagram.server.model;
