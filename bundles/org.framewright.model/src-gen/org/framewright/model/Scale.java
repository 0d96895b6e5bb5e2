/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ordered levels, lowest first (e.g. delivery grades 1-4, stars 0-4, RAG).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Scale#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.framewright.model.Scale#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getScale()
 * @model
 * @generated
 */
public interface Scale extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.ScaleLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleLevel> getLevels();

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptors</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScale_Descriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

} // Scale
