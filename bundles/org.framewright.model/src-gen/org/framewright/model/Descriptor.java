/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What an area looks like at one level (e.g. a CSCI Key Line of Assessment for one outcome and grade).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Descriptor#getArea <em>Area</em>}</li>
 *   <li>{@link org.framewright.model.Descriptor#getLevel <em>Level</em>}</li>
 *   <li>{@link org.framewright.model.Descriptor#getText <em>Text</em>}</li>
 *   <li>{@link org.framewright.model.Descriptor#isIncludesLowerLevel <em>Includes Lower Level</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getDescriptor()
 * @model
 * @generated
 */
public interface Descriptor extends EObject {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' reference.
	 * @see #setArea(Area)
	 * @see org.framewright.model.FrameworkPackage#getDescriptor_Area()
	 * @model
	 * @generated
	 */
	Area getArea();

	/**
	 * Sets the value of the '{@link org.framewright.model.Descriptor#getArea <em>Area</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' reference.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(Area value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' reference.
	 * @see #setLevel(ScaleLevel)
	 * @see org.framewright.model.FrameworkPackage#getDescriptor_Level()
	 * @model
	 * @generated
	 */
	ScaleLevel getLevel();

	/**
	 * Sets the value of the '{@link org.framewright.model.Descriptor#getLevel <em>Level</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' reference.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(ScaleLevel value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.framewright.model.FrameworkPackage#getDescriptor_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.framewright.model.Descriptor#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Includes Lower Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when meeting this level requires everything of the level below ("in addition to meeting grade 3 ...").
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Includes Lower Level</em>' attribute.
	 * @see #setIncludesLowerLevel(boolean)
	 * @see org.framewright.model.FrameworkPackage#getDescriptor_IncludesLowerLevel()
	 * @model
	 * @generated
	 */
	boolean isIncludesLowerLevel();

	/**
	 * Sets the value of the '{@link org.framewright.model.Descriptor#isIncludesLowerLevel <em>Includes Lower Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Includes Lower Level</em>' attribute.
	 * @see #isIncludesLowerLevel()
	 * @generated
	 */
	void setIncludesLowerLevel(boolean value);

} // Descriptor
