/** The council data reader the example plugin contributes to {@code org.framewright.io.formats}. */
package org.framewright.examples.data;
