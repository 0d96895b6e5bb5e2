/** The statistical audit of a composite indicator: indicator statistics, correlations, reliability, leave-one-out. */
package org.framewright.audit;
