/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Aggregation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the score of each of some areas (or, when overall is true, the framework's overall result) is computed from its inputs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.AggregationRule#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#isOverall <em>Overall</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getInputValue <em>Input Value</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getMethod <em>Method</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getMatrix <em>Matrix</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getBanding <em>Banding</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getScale <em>Scale</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getLimiters <em>Limiters</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getMissingData <em>Missing Data</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#getMinimumInputs <em>Minimum Inputs</em>}</li>
 *   <li>{@link org.framewright.model.AggregationRule#isDirectValueFirst <em>Direct Value First</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getAggregationRule()
 * @model
 * @generated
 */
public interface AggregationRule extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Areas</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Area}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Areas</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Areas()
	 * @model
	 * @generated
	 */
	EList<Area> getAreas();

	/**
	 * Returns the value of the '<em><b>Overall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall</em>' attribute.
	 * @see #setOverall(boolean)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Overall()
	 * @model
	 * @generated
	 */
	boolean isOverall();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#isOverall <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall</em>' attribute.
	 * @see #isOverall()
	 * @generated
	 */
	void setOverall(boolean value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.InputSelection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' attribute.
	 * @see org.framewright.model.InputSelection
	 * @see #setInputs(InputSelection)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Inputs()
	 * @model
	 * @generated
	 */
	InputSelection getInputs();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getInputs <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inputs</em>' attribute.
	 * @see org.framewright.model.InputSelection
	 * @see #getInputs()
	 * @generated
	 */
	void setInputs(InputSelection value);

	/**
	 * Returns the value of the '<em><b>Input Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.InputValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Value</em>' attribute.
	 * @see org.framewright.model.InputValue
	 * @see #setInputValue(InputValue)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_InputValue()
	 * @model
	 * @generated
	 */
	InputValue getInputValue();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getInputValue <em>Input Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Value</em>' attribute.
	 * @see org.framewright.model.InputValue
	 * @see #getInputValue()
	 * @generated
	 */
	void setInputValue(InputValue value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"weighted mean"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the aggregation method, as contributed to the org.framewright.scoring.methods extension point (built-ins: weighted mean, mean, median, minimum, maximum, sum, percent of maximum, matrix).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Method()
	 * @model default="weighted mean"
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.MethodParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<MethodParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Weight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<Weight> getWeights();

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For percent of maximum: the most one input can score (4 for CQC scores).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(double)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Maximum()
	 * @model
	 * @generated
	 */
	double getMaximum();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(double value);

	/**
	 * Returns the value of the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matrix</em>' containment reference.
	 * @see #setMatrix(RuleMatrix)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Matrix()
	 * @model containment="true"
	 * @generated
	 */
	RuleMatrix getMatrix();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getMatrix <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matrix</em>' containment reference.
	 * @see #getMatrix()
	 * @generated
	 */
	void setMatrix(RuleMatrix value);

	/**
	 * Returns the value of the '<em><b>Rounding</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounding</em>' containment reference.
	 * @see #setRounding(Rounding)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Rounding()
	 * @model containment="true"
	 * @generated
	 */
	Rounding getRounding();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getRounding <em>Rounding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounding</em>' containment reference.
	 * @see #getRounding()
	 * @generated
	 */
	void setRounding(Rounding value);

	/**
	 * Returns the value of the '<em><b>Banding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Banding</em>' reference.
	 * @see #setBanding(Banding)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Banding()
	 * @model
	 * @generated
	 */
	Banding getBanding();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getBanding <em>Banding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Banding</em>' reference.
	 * @see #getBanding()
	 * @generated
	 */
	void setBanding(Banding value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Without a banding: the level is the level of this scale whose value equals the (rounded) score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(Scale)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Scale()
	 * @model
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Limiters</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Limiter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Limiters</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_Limiters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Limiter> getLimiters();

	/**
	 * Returns the value of the '<em><b>Missing Data</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.MissingDataPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Data</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #setMissingData(MissingDataPolicy)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_MissingData()
	 * @model
	 * @generated
	 */
	MissingDataPolicy getMissingData();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getMissingData <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Data</em>' attribute.
	 * @see org.framewright.model.MissingDataPolicy
	 * @see #getMissingData()
	 * @generated
	 */
	void setMissingData(MissingDataPolicy value);

	/**
	 * Returns the value of the '<em><b>Minimum Inputs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fewer available inputs than this leave the node unscored (0 means at least one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Inputs</em>' attribute.
	 * @see #setMinimumInputs(int)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_MinimumInputs()
	 * @model
	 * @generated
	 */
	int getMinimumInputs();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#getMinimumInputs <em>Minimum Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Inputs</em>' attribute.
	 * @see #getMinimumInputs()
	 * @generated
	 */
	void setMinimumInputs(int value);

	/**
	 * Returns the value of the '<em><b>Direct Value First</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the data gives a value for the node itself, use it instead of aggregating (e.g. a CQC statement scored directly).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direct Value First</em>' attribute.
	 * @see #setDirectValueFirst(boolean)
	 * @see org.framewright.model.FrameworkPackage#getAggregationRule_DirectValueFirst()
	 * @model
	 * @generated
	 */
	boolean isDirectValueFirst();

	/**
	 * Sets the value of the '{@link org.framewright.model.AggregationRule#isDirectValueFirst <em>Direct Value First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Value First</em>' attribute.
	 * @see #isDirectValueFirst()
	 * @generated
	 */
	void setDirectValueFirst(boolean value);

} // AggregationRule
