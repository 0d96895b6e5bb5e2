/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparator Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named group of councils a council is compared with: its nearest neighbours (Oflog's similar councils), a region, or a named club such as the East of England councils.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.ComparatorGroup#getKind <em>Kind</em>}</li>
 *   <li>{@link org.framewright.model.ComparatorGroup#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.framewright.model.ComparatorGroup#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getComparatorGroup()
 * @model
 * @generated
 */
public interface ComparatorGroup extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.ComparatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #setKind(ComparatorKind)
	 * @see org.framewright.model.FrameworkPackage#getComparatorGroup_Kind()
	 * @model
	 * @generated
	 */
	ComparatorKind getKind();

	/**
	 * Sets the value of the '{@link org.framewright.model.ComparatorGroup#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ComparatorKind value);

	/**
	 * Returns the value of the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For similar councils: the ONS code of the council whose neighbours these are (it is one of the members).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anchor</em>' attribute.
	 * @see #setAnchor(String)
	 * @see org.framewright.model.FrameworkPackage#getComparatorGroup_Anchor()
	 * @model
	 * @generated
	 */
	String getAnchor();

	/**
	 * Sets the value of the '{@link org.framewright.model.ComparatorGroup#getAnchor <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anchor</em>' attribute.
	 * @see #getAnchor()
	 * @generated
	 */
	void setAnchor(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The members' ONS codes, in the source's order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' attribute list.
	 * @see org.framewright.model.FrameworkPackage#getComparatorGroup_Members()
	 * @model
	 * @generated
	 */
	EList<String> getMembers();

} // ComparatorGroup
