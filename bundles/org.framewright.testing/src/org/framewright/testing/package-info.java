/**
 * Test support shared by Framewright's test bundles: locating the real published data beside the checkout.
 */
package org.framewright.testing;
