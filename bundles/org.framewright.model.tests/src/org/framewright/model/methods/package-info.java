/** Tests of the scoring-method kinds and their registry's messages. */
package org.framewright.model.methods;
