/** The generated EMF item providers: labels, icons, property and new-child descriptors of every model class. */
package org.framewright.model.provider;
