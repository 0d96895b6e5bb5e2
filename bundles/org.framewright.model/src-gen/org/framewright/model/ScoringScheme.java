/**
 */
package org.framewright.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How data becomes scores and ratings. Indicator rules score indicators; aggregation rules compute areas and the overall result bottom-up; every step is data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.ScoringScheme#getScales <em>Scales</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getBandings <em>Bandings</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getIndicatorRules <em>Indicator Rules</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getAggregations <em>Aggregations</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getRatingScale <em>Rating Scale</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getRanking <em>Ranking</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getTreatments <em>Treatments</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getDenominations <em>Denominations</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getImputations <em>Imputations</em>}</li>
 *   <li>{@link org.framewright.model.ScoringScheme#getAvailabilityScreen <em>Availability Screen</em>}</li>
 * </ul>
 *
 * @see org.framewright.model.FrameworkPackage#getScoringScheme()
 * @model
 * @generated
 */
public interface ScoringScheme extends ModelElement {
	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Scale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Scales()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scale> getScales();

	/**
	 * Returns the value of the '<em><b>Bandings</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Banding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bandings</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Bandings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Banding> getBandings();

	/**
	 * Returns the value of the '<em><b>Indicator Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.IndicatorRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator Rules</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_IndicatorRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorRule> getIndicatorRules();

	/**
	 * Returns the value of the '<em><b>Aggregations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.AggregationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregations</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Aggregations()
	 * @model containment="true"
	 * @generated
	 */
	EList<AggregationRule> getAggregations();

	/**
	 * Returns the value of the '<em><b>Rating Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale of the overall rating (e.g. stars, or Inadequate..Outstanding).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating Scale</em>' reference.
	 * @see #setRatingScale(Scale)
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_RatingScale()
	 * @model
	 * @generated
	 */
	Scale getRatingScale();

	/**
	 * Sets the value of the '{@link org.framewright.model.ScoringScheme#getRatingScale <em>Rating Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating Scale</em>' reference.
	 * @see #getRatingScale()
	 * @generated
	 */
	void setRatingScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Ranking</b></em>' attribute.
	 * The literals are from the enumeration {@link org.framewright.model.RankingOrder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether and how councils are ranked on the overall score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ranking</em>' attribute.
	 * @see org.framewright.model.RankingOrder
	 * @see #setRanking(RankingOrder)
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Ranking()
	 * @model
	 * @generated
	 */
	RankingOrder getRanking();

	/**
	 * Sets the value of the '{@link org.framewright.model.ScoringScheme#getRanking <em>Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ranking</em>' attribute.
	 * @see org.framewright.model.RankingOrder
	 * @see #getRanking()
	 * @generated
	 */
	void setRanking(RankingOrder value);

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Treatments</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.OutlierTreatment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outlier treatments of indicators' values across councils, applied before the indicator rules score them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Treatments</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Treatments()
	 * @model containment="true"
	 * @generated
	 */
	EList<OutlierTreatment> getTreatments();

	/**
	 * Returns the value of the '<em><b>Denominations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Denomination}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators divided by a population or another indicator of the data before they are scored (first of the data treatments: denomination, imputation, availability screen, outlier treatment).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Denominations</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Denominations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Denomination> getDenominations();

	/**
	 * Returns the value of the '<em><b>Imputations</b></em>' containment reference list.
	 * The list contents are of type {@link org.framewright.model.Imputation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a council's missing value of an indicator is filled before it is scored: from its comparator group, or from the council's own earlier (and later) periods.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imputations</em>' containment reference list.
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_Imputations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Imputation> getImputations();

	/**
	 * Returns the value of the '<em><b>Availability Screen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leaves unscored, with a note, a council whose data hold too few of the indicators the scheme scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Availability Screen</em>' containment reference.
	 * @see #setAvailabilityScreen(AvailabilityScreen)
	 * @see org.framewright.model.FrameworkPackage#getScoringScheme_AvailabilityScreen()
	 * @model containment="true"
	 * @generated
	 */
	AvailabilityScreen getAvailabilityScreen();

	/**
	 * Sets the value of the '{@link org.framewright.model.ScoringScheme#getAvailabilityScreen <em>Availability Screen</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Availability Screen</em>' containment reference.
	 * @see #getAvailabilityScreen()
	 * @generated
	 */
	void setAvailabilityScreen(AvailabilityScreen value);

} // ScoringScheme
