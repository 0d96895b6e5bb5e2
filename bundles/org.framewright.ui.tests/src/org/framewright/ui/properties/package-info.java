/** Tests of the Properties view adapter: editing single and many-valued features as commands. */
package org.framewright.ui.properties;
