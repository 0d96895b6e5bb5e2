/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Councils and their observed values: indicator values by period and disaggregation, evidence scores and judged grades.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.DataSet#getCouncils <em>Councils</em>}</li>
 *   <li>{@link org.framewright.model.DataSet#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getDataSet()
 * @model
 * @generated
 */
public interface DataSet extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Councils</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Council}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Councils</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getDataSet_Councils()
	 * @model containment="true"
	 * @generated
	 */
	EList<Council> getCouncils();

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Observation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getDataSet_Observations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Observation> getObservations();

} // DataSet
