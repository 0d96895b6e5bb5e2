/**
 * Reading and writing {@code .framework} files: deterministic XMI with ids as references, atomic saves,
 * and load problems reported with file, line and column.
 */
package org.framewright.model.resource;
