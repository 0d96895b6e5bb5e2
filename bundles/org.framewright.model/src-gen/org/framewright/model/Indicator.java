/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.Indicator#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getUnitDetail <em>Unit Detail</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getSource <em>Source</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getSourceDetail <em>Source Detail</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getLineage <em>Lineage</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getPredecessorIds <em>Predecessor Ids</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getLineageNote <em>Lineage Note</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getTargetNote <em>Target Note</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getComparators <em>Comparators</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getPeriodAggregation <em>Period Aggregation</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getNumeratorId <em>Numerator Id</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getDenominatorId <em>Denominator Id</em>}</li>
 *   <li>{@link org.framewright.model.Indicator#getTargetProfile <em>Target Profile</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Numerator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numerator</em>' attribute.
	 * @see #setNumerator(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Numerator()
	 * @model
	 * @generated
	 */
	String getNumerator();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getNumerator <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator</em>' attribute.
	 * @see #getNumerator()
	 * @generated
	 */
	void setNumerator(String value);

	/**
	 * Returns the value of the '<em><b>Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Denominator</em>' attribute.
	 * @see #setDenominator(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Denominator()
	 * @model
	 * @generated
	 */
	String getDenominator();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getDenominator <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator</em>' attribute.
	 * @see #getDenominator()
	 * @generated
	 */
	void setDenominator(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.framewright.model.Unit
	 * @see #setUnit(Unit)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	Unit getUnit();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.framewright.model.Unit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(Unit value);

	/**
	 * Returns the value of the '<em><b>Unit Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text refining the unit, e.g. "per 100,000 population aged 65 and over".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit Detail</em>' attribute.
	 * @see #setUnitDetail(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_UnitDetail()
	 * @model
	 * @generated
	 */
	String getUnitDetail();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getUnitDetail <em>Unit Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit Detail</em>' attribute.
	 * @see #getUnitDetail()
	 * @generated
	 */
	void setUnitDetail(String value);

	/**
	 * Returns the value of the '<em><b>Polarity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.Polarity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Polarity</em>' attribute.
	 * @see org.framewright.model.Polarity
	 * @see #setPolarity(Polarity)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Polarity()
	 * @model
	 * @generated
	 */
	Polarity getPolarity();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getPolarity <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Polarity</em>' attribute.
	 * @see org.framewright.model.Polarity
	 * @see #getPolarity()
	 * @generated
	 */
	void setPolarity(Polarity value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.framewright.model.DataSource
	 * @see #setSource(DataSource)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Source()
	 * @model
	 * @generated
	 */
	DataSource getSource();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.framewright.model.DataSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Source Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Detail</em>' attribute.
	 * @see #setSourceDetail(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_SourceDetail()
	 * @model
	 * @generated
	 */
	String getSourceDetail();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getSourceDetail <em>Source Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Detail</em>' attribute.
	 * @see #getSourceDetail()
	 * @generated
	 */
	void setSourceDetail(String value);

	/**
	 * Returns the value of the '<em><b>Disaggregations</b></em>' reference list.
	 * The list contents are of type {@link org.framewright.model.Disaggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disaggregations</em>' reference list.
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Disaggregations()
	 * @model
	 * @generated
	 */
	EList<Disaggregation> getDisaggregations();

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.framewright.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Frequency()
	 * @model
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.framewright.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Lineage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.LineageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lineage</em>' attribute.
	 * @see org.framewright.model.LineageKind
	 * @see #setLineage(LineageKind)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Lineage()
	 * @model
	 * @generated
	 */
	LineageKind getLineage();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getLineage <em>Lineage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lineage</em>' attribute.
	 * @see org.framewright.model.LineageKind
	 * @see #getLineage()
	 * @generated
	 */
	void setLineage(LineageKind value);

	/**
	 * Returns the value of the '<em><b>Predecessor Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For Keep and Revised: the id(s) of the indicator(s) of the basedOn framework this one keeps or revises.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predecessor Ids</em>' attribute list.
	 * @see org.framewright.model.FrameworkPackage#getIndicator_PredecessorIds()
	 * @model
	 * @generated
	 */
	EList<String> getPredecessorIds();

	/**
	 * Returns the value of the '<em><b>Lineage Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lineage Note</em>' attribute.
	 * @see #setLineageNote(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_LineageNote()
	 * @model
	 * @generated
	 */
	String getLineageNote();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getLineageNote <em>Lineage Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lineage Note</em>' attribute.
	 * @see #getLineageNote()
	 * @generated
	 */
	void setLineageNote(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target value (e.g. an annual target a month's value is rated against); unset when there is none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(Double)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	Double getTarget();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Double value);

	/**
	 * Returns the value of the '<em><b>Target Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Note</em>' attribute.
	 * @see #setTargetNote(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_TargetNote()
	 * @model
	 * @generated
	 */
	String getTargetNote();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getTargetNote <em>Target Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Note</em>' attribute.
	 * @see #getTargetNote()
	 * @generated
	 */
	void setTargetNote(String value);

	/**
	 * Returns the value of the '<em><b>Comparators</b></em>' attribute list.
	 * The list contents are of type {@link org.framewright.model.ComparatorKind}.
	 * The literals are from the enumeration {@link org.framewright.model.ComparatorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparators</em>' attribute list.
	 * @see org.framewright.model.ComparatorKind
	 * @see org.framewright.model.FrameworkPackage#getIndicator_Comparators()
	 * @model
	 * @generated
	 */
	EList<ComparatorKind> getComparators();

	/**
	 * Returns the value of the '<em><b>Period Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.PeriodAggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the year-to-date and full-year values are formed from the period values: sum, mean, latest (the last period's value, for stocks and values already cumulative), rolling twelve months (the sum of the last twelve months), ratio of sums (100 x the summed numeratorId series / the summed denominatorId series); unspecified reads as latest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Aggregation</em>' attribute.
	 * @see org.framewright.model.PeriodAggregation
	 * @see #setPeriodAggregation(PeriodAggregation)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_PeriodAggregation()
	 * @model
	 * @generated
	 */
	PeriodAggregation getPeriodAggregation();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getPeriodAggregation <em>Period Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Aggregation</em>' attribute.
	 * @see org.framewright.model.PeriodAggregation
	 * @see #getPeriodAggregation()
	 * @generated
	 */
	void setPeriodAggregation(PeriodAggregation value);

	/**
	 * Returns the value of the '<em><b>Numerator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For ratio of sums: the id (in the data's id column) of the numerator series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Numerator Id</em>' attribute.
	 * @see #setNumeratorId(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_NumeratorId()
	 * @model
	 * @generated
	 */
	String getNumeratorId();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getNumeratorId <em>Numerator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numerator Id</em>' attribute.
	 * @see #getNumeratorId()
	 * @generated
	 */
	void setNumeratorId(String value);

	/**
	 * Returns the value of the '<em><b>Denominator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For ratio of sums: the id (in the data's id column) of the denominator series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Denominator Id</em>' attribute.
	 * @see #setDenominatorId(String)
	 * @see org.framewright.model.FrameworkPackage#getIndicator_DenominatorId()
	 * @model
	 * @generated
	 */
	String getDenominatorId();

	/**
	 * Sets the value of the '{@link org.framewright.model.Indicator#getDenominatorId <em>Denominator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Denominator Id</em>' attribute.
	 * @see #getDenominatorId()
	 * @generated
	 */
	void setDenominatorId(String value);

	/**
	 * Returns the value of the '<em><b>Target Profile</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.PeriodTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional targets per period (a monthly target profile); a period without one takes target, or target / 12 per month when the indicator sums its months.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Profile</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getIndicator_TargetProfile()
	 * @model containment="true"
	 * @generated
	 */
	EList<PeriodTarget> getTargetProfile();

} // Indicator
