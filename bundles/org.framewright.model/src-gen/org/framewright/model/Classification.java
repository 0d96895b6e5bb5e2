/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Classification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cross-cutting grouping of areas, such as CQC's key questions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Classification#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getClassification()
 * @model
 * @generated
 */
public interface Classification extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.ClassificationGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getClassification_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClassificationGroup> getGroups();

} // Classification
