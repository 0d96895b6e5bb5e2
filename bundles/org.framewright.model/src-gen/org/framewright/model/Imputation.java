/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Imputation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Fills a missing value of some indicators (after denomination) for a council that has data in the scored period: with the mean or median of its comparator group's values, the latest earlier value of the council, or by linear interpolation between its nearest earlier and later values. What was imputed, and from what, is recorded per council and indicator.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Imputation#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.framewright.model.Imputation#getMethod <em>Method</em>}</li>
 *   <li>{@link org.framewright.model.Imputation#getComparator <em>Comparator</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getImputation()
 * @model
 * @generated
 */
public interface Imputation extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicators imputed; empty = every indicator the scheme scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getImputation_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.ImputationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * comparator median, comparator mean (of the comparator group's values in the period, the council left out), latest earlier (the council's latest earlier period with a value) or linear interpolation (between its nearest earlier and later periods with a value).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.framewright.model.ImputationMethod
	 * @see #setMethod(ImputationMethod)
	 * @see org.framewright.model.FrameworkPackage#getImputation_Method()
	 * @model
	 * @generated
	 */
	ImputationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.framewright.model.Imputation#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.framewright.model.ImputationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ImputationMethod value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * The default value is <code>"similar councils"</code>.
	 * The literals are from the enumeration {@link org.framewright.model.ComparatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The comparator group of the comparator methods: similar councils (the data's nearest-neighbour group anchored on the council), club, regional or national.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #setComparator(ComparatorKind)
	 * @see org.framewright.model.FrameworkPackage#getImputation_Comparator()
	 * @model default="similar councils"
	 * @generated
	 */
	ComparatorKind getComparator();

	/**
	 * Sets the value of the '{@link org.framewright.model.Imputation#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see org.framewright.model.ComparatorKind
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(ComparatorKind value);

} // Imputation
