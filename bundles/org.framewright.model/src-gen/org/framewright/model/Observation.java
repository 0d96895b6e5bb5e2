/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Observation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One value of a council's data: for an indicator, area or statement id, in a period, optionally per group and evidence category. A missing value has no value and keeps the marker the source used.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Observation#getCouncil <em>Council</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getNodeId <em>Node Id</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getGroup <em>Group</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getCategory <em>Category</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getValue <em>Value</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getMissingMarker <em>Missing Marker</em>}</li>
 *   <li>{@link org.framewright.model.Observation#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getObservation()
 * @model
 * @generated
 */
public interface Observation extends EObject {
	/**
	 * Returns the value of the '<em><b>Council</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Council</em>' reference.
	 * @see #setCouncil(Council)
	 * @see org.framewright.model.FrameworkPackage#getObservation_Council()
	 * @model
	 * @generated
	 */
	Council getCouncil();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getCouncil <em>Council</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Council</em>' reference.
	 * @see #getCouncil()
	 * @generated
	 */
	void setCouncil(Council value);

	/**
	 * Returns the value of the '<em><b>Node Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Id</em>' attribute.
	 * @see #setNodeId(String)
	 * @see org.framewright.model.FrameworkPackage#getObservation_NodeId()
	 * @model
	 * @generated
	 */
	String getNodeId();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getNodeId <em>Node Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Id</em>' attribute.
	 * @see #getNodeId()
	 * @generated
	 */
	void setNodeId(String value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see org.framewright.model.FrameworkPackage#getObservation_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.framewright.model.FrameworkPackage#getObservation_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.framewright.model.FrameworkPackage#getObservation_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see org.framewright.model.FrameworkPackage#getObservation_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Missing Marker</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Marker</em>' attribute.
	 * @see #setMissingMarker(String)
	 * @see org.framewright.model.FrameworkPackage#getObservation_MissingMarker()
	 * @model
	 * @generated
	 */
	String getMissingMarker();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getMissingMarker <em>Missing Marker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Marker</em>' attribute.
	 * @see #getMissingMarker()
	 * @generated
	 */
	void setMissingMarker(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(long)
	 * @see org.framewright.model.FrameworkPackage#getObservation_SourceLine()
	 * @model transient="true"
	 * @generated
	 */
	long getSourceLine();

	/**
	 * Sets the value of the '{@link org.framewright.model.Observation#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(long value);

} // Observation
