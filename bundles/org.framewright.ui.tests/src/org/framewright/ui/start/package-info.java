/** Tests of the Getting Started page, clicking its links as a person does. */
package org.framewright.ui.start;
