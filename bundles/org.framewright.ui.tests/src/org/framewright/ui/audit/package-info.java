/** Tests of the Audit view, acted out as a person uses it. */
package org.framewright.ui.audit;
