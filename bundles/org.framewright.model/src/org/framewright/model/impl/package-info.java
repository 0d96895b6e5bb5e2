/** The generated EMF implementations of the metamodel's interfaces; create instances with {@code FrameworkFactory}. */
package org.framewright.model.impl;
