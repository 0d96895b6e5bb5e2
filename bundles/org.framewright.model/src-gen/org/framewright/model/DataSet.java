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
 *   <li>{@link org.framewright.model.DataSet#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.framewright.model.DataSet#getYearStartMonth <em>Year Start Month</em>}</li>
 *   <li>{@link org.framewright.model.DataSet#getComparatorGroups <em>Comparator Groups</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The frequency of the periods: monthly (YYYY-MM), quarterly (YYYY-Qn, n = quarter of the financial year), annual (financial year YYYY-YY); unspecified accepts any period text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.framewright.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see org.framewright.model.FrameworkPackage#getDataSet_Frequency()
	 * @model
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link org.framewright.model.DataSet#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.framewright.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Year Start Month</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first month (1-12) of the financial year; 4 (April) in England.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year Start Month</em>' attribute.
	 * @see #setYearStartMonth(int)
	 * @see org.framewright.model.FrameworkPackage#getDataSet_YearStartMonth()
	 * @model default="4"
	 * @generated
	 */
	int getYearStartMonth();

	/**
	 * Sets the value of the '{@link org.framewright.model.DataSet#getYearStartMonth <em>Year Start Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year Start Month</em>' attribute.
	 * @see #getYearStartMonth()
	 * @generated
	 */
	void setYearStartMonth(int value);

	/**
	 * Returns the value of the '<em><b>Comparator Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.ComparatorGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator Groups</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getDataSet_ComparatorGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<ComparatorGroup> getComparatorGroups();

} // DataSet
