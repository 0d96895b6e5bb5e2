/**
 */
package org.framewright.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.AggregationRule;
import org.framewright.model.AvailabilityScreen;
import org.framewright.model.Banding;
import org.framewright.model.Denomination;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Imputation;
import org.framewright.model.IndicatorRule;
import org.framewright.model.OutlierTreatment;
import org.framewright.model.RankingOrder;
import org.framewright.model.Scale;
import org.framewright.model.Scenario;
import org.framewright.model.ScoringScheme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getBandings <em>Bandings</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getIndicatorRules <em>Indicator Rules</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getAggregations <em>Aggregations</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getRatingScale <em>Rating Scale</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getRanking <em>Ranking</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getTreatments <em>Treatments</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getDenominations <em>Denominations</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getImputations <em>Imputations</em>}</li>
 *   <li>{@link org.framewright.model.impl.ScoringSchemeImpl#getAvailabilityScreen <em>Availability Screen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringSchemeImpl extends ModelElementImpl implements ScoringScheme {
	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<Scale> scales;

	/**
	 * The cached value of the '{@link #getBandings() <em>Bandings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandings()
	 * @generated
	 * @ordered
	 */
	protected EList<Banding> bandings;

	/**
	 * The cached value of the '{@link #getIndicatorRules() <em>Indicator Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorRules()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorRule> indicatorRules;

	/**
	 * The cached value of the '{@link #getAggregations() <em>Aggregations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<AggregationRule> aggregations;

	/**
	 * The cached value of the '{@link #getRatingScale() <em>Rating Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRatingScale()
	 * @generated
	 * @ordered
	 */
	protected Scale ratingScale;

	/**
	 * The default value of the '{@link #getRanking() <em>Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanking()
	 * @generated
	 * @ordered
	 */
	protected static final RankingOrder RANKING_EDEFAULT = RankingOrder.NONE;

	/**
	 * The cached value of the '{@link #getRanking() <em>Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRanking()
	 * @generated
	 * @ordered
	 */
	protected RankingOrder ranking = RANKING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getTreatments() <em>Treatments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatments()
	 * @generated
	 * @ordered
	 */
	protected EList<OutlierTreatment> treatments;

	/**
	 * The cached value of the '{@link #getDenominations() <em>Denominations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominations()
	 * @generated
	 * @ordered
	 */
	protected EList<Denomination> denominations;

	/**
	 * The cached value of the '{@link #getImputations() <em>Imputations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImputations()
	 * @generated
	 * @ordered
	 */
	protected EList<Imputation> imputations;

	/**
	 * The cached value of the '{@link #getAvailabilityScreen() <em>Availability Screen</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailabilityScreen()
	 * @generated
	 * @ordered
	 */
	protected AvailabilityScreen availabilityScreen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringSchemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.SCORING_SCHEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<Scale>(Scale.class, this, FrameworkPackage.SCORING_SCHEME__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Banding> getBandings() {
		if (bandings == null) {
			bandings = new EObjectContainmentEList<Banding>(Banding.class, this, FrameworkPackage.SCORING_SCHEME__BANDINGS);
		}
		return bandings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorRule> getIndicatorRules() {
		if (indicatorRules == null) {
			indicatorRules = new EObjectContainmentEList<IndicatorRule>(IndicatorRule.class, this, FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES);
		}
		return indicatorRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AggregationRule> getAggregations() {
		if (aggregations == null) {
			aggregations = new EObjectContainmentEList<AggregationRule>(AggregationRule.class, this, FrameworkPackage.SCORING_SCHEME__AGGREGATIONS);
		}
		return aggregations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getRatingScale() {
		if (ratingScale != null && ratingScale.eIsProxy()) {
			InternalEObject oldRatingScale = (InternalEObject)ratingScale;
			ratingScale = (Scale)eResolveProxy(oldRatingScale);
			if (ratingScale != oldRatingScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.SCORING_SCHEME__RATING_SCALE, oldRatingScale, ratingScale));
			}
		}
		return ratingScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scale basicGetRatingScale() {
		return ratingScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRatingScale(Scale newRatingScale) {
		Scale oldRatingScale = ratingScale;
		ratingScale = newRatingScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCORING_SCHEME__RATING_SCALE, oldRatingScale, ratingScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RankingOrder getRanking() {
		return ranking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRanking(RankingOrder newRanking) {
		RankingOrder oldRanking = ranking;
		ranking = newRanking == null ? RANKING_EDEFAULT : newRanking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCORING_SCHEME__RANKING, oldRanking, ranking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, FrameworkPackage.SCORING_SCHEME__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OutlierTreatment> getTreatments() {
		if (treatments == null) {
			treatments = new EObjectContainmentEList<OutlierTreatment>(OutlierTreatment.class, this, FrameworkPackage.SCORING_SCHEME__TREATMENTS);
		}
		return treatments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Denomination> getDenominations() {
		if (denominations == null) {
			denominations = new EObjectContainmentEList<Denomination>(Denomination.class, this, FrameworkPackage.SCORING_SCHEME__DENOMINATIONS);
		}
		return denominations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Imputation> getImputations() {
		if (imputations == null) {
			imputations = new EObjectContainmentEList<Imputation>(Imputation.class, this, FrameworkPackage.SCORING_SCHEME__IMPUTATIONS);
		}
		return imputations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AvailabilityScreen getAvailabilityScreen() {
		return availabilityScreen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAvailabilityScreen(AvailabilityScreen newAvailabilityScreen, NotificationChain msgs) {
		AvailabilityScreen oldAvailabilityScreen = availabilityScreen;
		availabilityScreen = newAvailabilityScreen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN, oldAvailabilityScreen, newAvailabilityScreen);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailabilityScreen(AvailabilityScreen newAvailabilityScreen) {
		if (newAvailabilityScreen != availabilityScreen) {
			NotificationChain msgs = null;
			if (availabilityScreen != null)
				msgs = ((InternalEObject)availabilityScreen).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN, null, msgs);
			if (newAvailabilityScreen != null)
				msgs = ((InternalEObject)newAvailabilityScreen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN, null, msgs);
			msgs = basicSetAvailabilityScreen(newAvailabilityScreen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN, newAvailabilityScreen, newAvailabilityScreen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.SCORING_SCHEME__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
				return ((InternalEList<?>)getBandings()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
				return ((InternalEList<?>)getIndicatorRules()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
				return ((InternalEList<?>)getAggregations()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
				return ((InternalEList<?>)getTreatments()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
				return ((InternalEList<?>)getDenominations()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
				return ((InternalEList<?>)getImputations()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
				return basicSetAvailabilityScreen(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FrameworkPackage.SCORING_SCHEME__SCALES:
				return getScales();
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
				return getBandings();
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
				return getIndicatorRules();
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
				return getAggregations();
			case FrameworkPackage.SCORING_SCHEME__RATING_SCALE:
				if (resolve) return getRatingScale();
				return basicGetRatingScale();
			case FrameworkPackage.SCORING_SCHEME__RANKING:
				return getRanking();
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
				return getScenarios();
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
				return getTreatments();
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
				return getDenominations();
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
				return getImputations();
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
				return getAvailabilityScreen();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FrameworkPackage.SCORING_SCHEME__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends Scale>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
				getBandings().clear();
				getBandings().addAll((Collection<? extends Banding>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
				getIndicatorRules().clear();
				getIndicatorRules().addAll((Collection<? extends IndicatorRule>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
				getAggregations().clear();
				getAggregations().addAll((Collection<? extends AggregationRule>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__RATING_SCALE:
				setRatingScale((Scale)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__RANKING:
				setRanking((RankingOrder)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
				getTreatments().clear();
				getTreatments().addAll((Collection<? extends OutlierTreatment>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
				getDenominations().clear();
				getDenominations().addAll((Collection<? extends Denomination>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
				getImputations().clear();
				getImputations().addAll((Collection<? extends Imputation>)newValue);
				return;
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
				setAvailabilityScreen((AvailabilityScreen)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FrameworkPackage.SCORING_SCHEME__SCALES:
				getScales().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
				getBandings().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
				getIndicatorRules().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
				getAggregations().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__RATING_SCALE:
				setRatingScale((Scale)null);
				return;
			case FrameworkPackage.SCORING_SCHEME__RANKING:
				setRanking(RANKING_EDEFAULT);
				return;
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
				getScenarios().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
				getTreatments().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
				getDenominations().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
				getImputations().clear();
				return;
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
				setAvailabilityScreen((AvailabilityScreen)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FrameworkPackage.SCORING_SCHEME__SCALES:
				return scales != null && !scales.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__BANDINGS:
				return bandings != null && !bandings.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__INDICATOR_RULES:
				return indicatorRules != null && !indicatorRules.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__AGGREGATIONS:
				return aggregations != null && !aggregations.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__RATING_SCALE:
				return ratingScale != null;
			case FrameworkPackage.SCORING_SCHEME__RANKING:
				return ranking != RANKING_EDEFAULT;
			case FrameworkPackage.SCORING_SCHEME__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__TREATMENTS:
				return treatments != null && !treatments.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__DENOMINATIONS:
				return denominations != null && !denominations.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__IMPUTATIONS:
				return imputations != null && !imputations.isEmpty();
			case FrameworkPackage.SCORING_SCHEME__AVAILABILITY_SCREEN:
				return availabilityScreen != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (ranking: ");
		result.append(ranking);
		result.append(')');
		return result.toString();
	}

} //ScoringSchemeImpl
