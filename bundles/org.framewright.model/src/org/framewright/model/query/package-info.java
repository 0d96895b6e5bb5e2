/**
 * Derived questions about a framework answered once, beside the model (as Sirius keeps its {@code *Query} classes):
 * which scale a rule rates on, what a rule's inputs are, which areas and indicators a scheme scores; every bundle
 * asks these here instead of answering them again.
 */
package org.framewright.model.query;
