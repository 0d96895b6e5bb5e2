/** Internal: the EMF validator, the diagnostician and the naming of elements in messages and paths. */
package org.framewright.validation.internal;
