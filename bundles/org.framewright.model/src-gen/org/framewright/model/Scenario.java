/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named variation of its scheme: the scheme with these changes applied.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Scenario#getChanges <em>Changes</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getScenario()
 * @model
 * @generated
 */
public interface Scenario extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Changes</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.SchemeChange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Changes</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScenario_Changes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SchemeChange> getChanges();

} // Scenario
