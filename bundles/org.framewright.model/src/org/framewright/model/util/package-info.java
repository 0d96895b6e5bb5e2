/** The generated EMF switch, adapter factory and resource factory of the metamodel. */
package org.framewright.model.util;
