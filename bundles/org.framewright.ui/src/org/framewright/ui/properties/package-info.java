/** The Properties view adapter: property sources and cell editors from the EMF item property descriptors. */
package org.framewright.ui.properties;
