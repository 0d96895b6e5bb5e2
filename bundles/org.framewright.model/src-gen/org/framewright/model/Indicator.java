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

} // Indicator
