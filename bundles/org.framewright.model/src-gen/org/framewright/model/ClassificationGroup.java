/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Classification Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.ClassificationGroup#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getClassificationGroup()
 * @model
 * @generated
 */
public interface ClassificationGroup extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Area}.
	 * It is bidirectional and its opposite is '{@link org.framewright.model.Area#getClassifiedAs <em>Classified As</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getClassificationGroup_Members()
	 * @see org.framewright.model.Area#getClassifiedAs
	 * @model opposite="classifiedAs"
	 * @generated
	 */
	EList<Area> getMembers();

} // ClassificationGroup
