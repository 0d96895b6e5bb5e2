/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheme Change</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.framewright.model.FrameworkPackage#getSchemeChange()
 * @model abstract="true"
 * @generated
 */
public interface SchemeChange extends EObject {
} // SchemeChange
