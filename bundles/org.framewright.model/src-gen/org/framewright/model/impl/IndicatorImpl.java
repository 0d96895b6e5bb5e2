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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.ComparatorKind;
import org.framewright.model.DataSource;
import org.framewright.model.Disaggregation;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Frequency;
import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;
import org.framewright.model.PeriodAggregation;
import org.framewright.model.PeriodTarget;
import org.framewright.model.Polarity;
import org.framewright.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getNumerator <em>Numerator</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getDenominator <em>Denominator</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getUnitDetail <em>Unit Detail</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getPolarity <em>Polarity</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getSourceDetail <em>Source Detail</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getDisaggregations <em>Disaggregations</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getLineage <em>Lineage</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getPredecessorIds <em>Predecessor Ids</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getLineageNote <em>Lineage Note</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getTargetNote <em>Target Note</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getComparators <em>Comparators</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getPeriodAggregation <em>Period Aggregation</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getNumeratorId <em>Numerator Id</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getDenominatorId <em>Denominator Id</em>}</li>
 *   <li>{@link org.framewright.model.impl.IndicatorImpl#getTargetProfile <em>Target Profile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends ModelElementImpl implements Indicator {
	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMERATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumerator() <em>Numerator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumerator()
	 * @generated
	 * @ordered
	 */
	protected String numerator = NUMERATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected static final String DENOMINATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenominator() <em>Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominator()
	 * @generated
	 * @ordered
	 */
	protected String denominator = DENOMINATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final Unit UNIT_EDEFAULT = Unit.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected Unit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnitDetail() <em>Unit Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnitDetail() <em>Unit Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnitDetail()
	 * @generated
	 * @ordered
	 */
	protected String unitDetail = UNIT_DETAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected static final Polarity POLARITY_EDEFAULT = Polarity.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPolarity() <em>Polarity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolarity()
	 * @generated
	 * @ordered
	 */
	protected Polarity polarity = POLARITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final DataSource SOURCE_EDEFAULT = DataSource.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceDetail() <em>Source Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDetail()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_DETAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceDetail() <em>Source Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDetail()
	 * @generated
	 * @ordered
	 */
	protected String sourceDetail = SOURCE_DETAIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDisaggregations() <em>Disaggregations</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisaggregations()
	 * @generated
	 * @ordered
	 */
	protected EList<Disaggregation> disaggregations;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLineage() <em>Lineage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineage()
	 * @generated
	 * @ordered
	 */
	protected static final LineageKind LINEAGE_EDEFAULT = LineageKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLineage() <em>Lineage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineage()
	 * @generated
	 * @ordered
	 */
	protected LineageKind lineage = LINEAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPredecessorIds() <em>Predecessor Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessorIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> predecessorIds;

	/**
	 * The default value of the '{@link #getLineageNote() <em>Lineage Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineageNote()
	 * @generated
	 * @ordered
	 */
	protected static final String LINEAGE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLineageNote() <em>Lineage Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineageNote()
	 * @generated
	 * @ordered
	 */
	protected String lineageNote = LINEAGE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetNote() <em>Target Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetNote()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetNote() <em>Target Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetNote()
	 * @generated
	 * @ordered
	 */
	protected String targetNote = TARGET_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getComparators() <em>Comparators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparators()
	 * @generated
	 * @ordered
	 */
	protected EList<ComparatorKind> comparators;

	/**
	 * The default value of the '{@link #getPeriodAggregation() <em>Period Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final PeriodAggregation PERIOD_AGGREGATION_EDEFAULT = PeriodAggregation.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getPeriodAggregation() <em>Period Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodAggregation()
	 * @generated
	 * @ordered
	 */
	protected PeriodAggregation periodAggregation = PERIOD_AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumeratorId() <em>Numerator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumeratorId()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMERATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumeratorId() <em>Numerator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumeratorId()
	 * @generated
	 * @ordered
	 */
	protected String numeratorId = NUMERATOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDenominatorId() <em>Denominator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominatorId()
	 * @generated
	 * @ordered
	 */
	protected static final String DENOMINATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDenominatorId() <em>Denominator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDenominatorId()
	 * @generated
	 * @ordered
	 */
	protected String denominatorId = DENOMINATOR_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargetProfile() <em>Target Profile</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetProfile()
	 * @generated
	 * @ordered
	 */
	protected EList<PeriodTarget> targetProfile;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumerator() {
		return numerator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumerator(String newNumerator) {
		String oldNumerator = numerator;
		numerator = newNumerator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__NUMERATOR, oldNumerator, numerator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDenominator() {
		return denominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominator(String newDenominator) {
		String oldDenominator = denominator;
		denominator = newDenominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__DENOMINATOR, oldDenominator, denominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(Unit newUnit) {
		Unit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnitDetail() {
		return unitDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnitDetail(String newUnitDetail) {
		String oldUnitDetail = unitDetail;
		unitDetail = newUnitDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__UNIT_DETAIL, oldUnitDetail, unitDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Polarity getPolarity() {
		return polarity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolarity(Polarity newPolarity) {
		Polarity oldPolarity = polarity;
		polarity = newPolarity == null ? POLARITY_EDEFAULT : newPolarity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__POLARITY, oldPolarity, polarity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DataSource newSource) {
		DataSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceDetail() {
		return sourceDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDetail(String newSourceDetail) {
		String oldSourceDetail = sourceDetail;
		sourceDetail = newSourceDetail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__SOURCE_DETAIL, oldSourceDetail, sourceDetail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disaggregation> getDisaggregations() {
		if (disaggregations == null) {
			disaggregations = new EObjectResolvingEList<Disaggregation>(Disaggregation.class, this, FrameworkPackage.INDICATOR__DISAGGREGATIONS);
		}
		return disaggregations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineageKind getLineage() {
		return lineage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineage(LineageKind newLineage) {
		LineageKind oldLineage = lineage;
		lineage = newLineage == null ? LINEAGE_EDEFAULT : newLineage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__LINEAGE, oldLineage, lineage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPredecessorIds() {
		if (predecessorIds == null) {
			predecessorIds = new EDataTypeUniqueEList<String>(String.class, this, FrameworkPackage.INDICATOR__PREDECESSOR_IDS);
		}
		return predecessorIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineageNote() {
		return lineageNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineageNote(String newLineageNote) {
		String oldLineageNote = lineageNote;
		lineageNote = newLineageNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__LINEAGE_NOTE, oldLineageNote, lineageNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Double newTarget) {
		Double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetNote() {
		return targetNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetNote(String newTargetNote) {
		String oldTargetNote = targetNote;
		targetNote = newTargetNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__TARGET_NOTE, oldTargetNote, targetNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ComparatorKind> getComparators() {
		if (comparators == null) {
			comparators = new EDataTypeUniqueEList<ComparatorKind>(ComparatorKind.class, this, FrameworkPackage.INDICATOR__COMPARATORS);
		}
		return comparators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PeriodAggregation getPeriodAggregation() {
		return periodAggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodAggregation(PeriodAggregation newPeriodAggregation) {
		PeriodAggregation oldPeriodAggregation = periodAggregation;
		periodAggregation = newPeriodAggregation == null ? PERIOD_AGGREGATION_EDEFAULT : newPeriodAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__PERIOD_AGGREGATION, oldPeriodAggregation, periodAggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumeratorId() {
		return numeratorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumeratorId(String newNumeratorId) {
		String oldNumeratorId = numeratorId;
		numeratorId = newNumeratorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__NUMERATOR_ID, oldNumeratorId, numeratorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDenominatorId() {
		return denominatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDenominatorId(String newDenominatorId) {
		String oldDenominatorId = denominatorId;
		denominatorId = newDenominatorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.INDICATOR__DENOMINATOR_ID, oldDenominatorId, denominatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PeriodTarget> getTargetProfile() {
		if (targetProfile == null) {
			targetProfile = new EObjectContainmentEList<PeriodTarget>(PeriodTarget.class, this, FrameworkPackage.INDICATOR__TARGET_PROFILE);
		}
		return targetProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.INDICATOR__TARGET_PROFILE:
				return ((InternalEList<?>)getTargetProfile()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.INDICATOR__DEFINITION:
				return getDefinition();
			case FrameworkPackage.INDICATOR__NUMERATOR:
				return getNumerator();
			case FrameworkPackage.INDICATOR__DENOMINATOR:
				return getDenominator();
			case FrameworkPackage.INDICATOR__UNIT:
				return getUnit();
			case FrameworkPackage.INDICATOR__UNIT_DETAIL:
				return getUnitDetail();
			case FrameworkPackage.INDICATOR__POLARITY:
				return getPolarity();
			case FrameworkPackage.INDICATOR__SOURCE:
				return getSource();
			case FrameworkPackage.INDICATOR__SOURCE_DETAIL:
				return getSourceDetail();
			case FrameworkPackage.INDICATOR__DISAGGREGATIONS:
				return getDisaggregations();
			case FrameworkPackage.INDICATOR__FREQUENCY:
				return getFrequency();
			case FrameworkPackage.INDICATOR__LINEAGE:
				return getLineage();
			case FrameworkPackage.INDICATOR__PREDECESSOR_IDS:
				return getPredecessorIds();
			case FrameworkPackage.INDICATOR__LINEAGE_NOTE:
				return getLineageNote();
			case FrameworkPackage.INDICATOR__TARGET:
				return getTarget();
			case FrameworkPackage.INDICATOR__TARGET_NOTE:
				return getTargetNote();
			case FrameworkPackage.INDICATOR__COMPARATORS:
				return getComparators();
			case FrameworkPackage.INDICATOR__PERIOD_AGGREGATION:
				return getPeriodAggregation();
			case FrameworkPackage.INDICATOR__NUMERATOR_ID:
				return getNumeratorId();
			case FrameworkPackage.INDICATOR__DENOMINATOR_ID:
				return getDenominatorId();
			case FrameworkPackage.INDICATOR__TARGET_PROFILE:
				return getTargetProfile();
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
			case FrameworkPackage.INDICATOR__DEFINITION:
				setDefinition((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__NUMERATOR:
				setNumerator((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__DENOMINATOR:
				setDenominator((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__UNIT:
				setUnit((Unit)newValue);
				return;
			case FrameworkPackage.INDICATOR__UNIT_DETAIL:
				setUnitDetail((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__POLARITY:
				setPolarity((Polarity)newValue);
				return;
			case FrameworkPackage.INDICATOR__SOURCE:
				setSource((DataSource)newValue);
				return;
			case FrameworkPackage.INDICATOR__SOURCE_DETAIL:
				setSourceDetail((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__DISAGGREGATIONS:
				getDisaggregations().clear();
				getDisaggregations().addAll((Collection<? extends Disaggregation>)newValue);
				return;
			case FrameworkPackage.INDICATOR__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case FrameworkPackage.INDICATOR__LINEAGE:
				setLineage((LineageKind)newValue);
				return;
			case FrameworkPackage.INDICATOR__PREDECESSOR_IDS:
				getPredecessorIds().clear();
				getPredecessorIds().addAll((Collection<? extends String>)newValue);
				return;
			case FrameworkPackage.INDICATOR__LINEAGE_NOTE:
				setLineageNote((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__TARGET:
				setTarget((Double)newValue);
				return;
			case FrameworkPackage.INDICATOR__TARGET_NOTE:
				setTargetNote((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__COMPARATORS:
				getComparators().clear();
				getComparators().addAll((Collection<? extends ComparatorKind>)newValue);
				return;
			case FrameworkPackage.INDICATOR__PERIOD_AGGREGATION:
				setPeriodAggregation((PeriodAggregation)newValue);
				return;
			case FrameworkPackage.INDICATOR__NUMERATOR_ID:
				setNumeratorId((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__DENOMINATOR_ID:
				setDenominatorId((String)newValue);
				return;
			case FrameworkPackage.INDICATOR__TARGET_PROFILE:
				getTargetProfile().clear();
				getTargetProfile().addAll((Collection<? extends PeriodTarget>)newValue);
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
			case FrameworkPackage.INDICATOR__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__NUMERATOR:
				setNumerator(NUMERATOR_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__DENOMINATOR:
				setDenominator(DENOMINATOR_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__UNIT_DETAIL:
				setUnitDetail(UNIT_DETAIL_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__POLARITY:
				setPolarity(POLARITY_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__SOURCE_DETAIL:
				setSourceDetail(SOURCE_DETAIL_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__DISAGGREGATIONS:
				getDisaggregations().clear();
				return;
			case FrameworkPackage.INDICATOR__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__LINEAGE:
				setLineage(LINEAGE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__PREDECESSOR_IDS:
				getPredecessorIds().clear();
				return;
			case FrameworkPackage.INDICATOR__LINEAGE_NOTE:
				setLineageNote(LINEAGE_NOTE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__TARGET_NOTE:
				setTargetNote(TARGET_NOTE_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__COMPARATORS:
				getComparators().clear();
				return;
			case FrameworkPackage.INDICATOR__PERIOD_AGGREGATION:
				setPeriodAggregation(PERIOD_AGGREGATION_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__NUMERATOR_ID:
				setNumeratorId(NUMERATOR_ID_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__DENOMINATOR_ID:
				setDenominatorId(DENOMINATOR_ID_EDEFAULT);
				return;
			case FrameworkPackage.INDICATOR__TARGET_PROFILE:
				getTargetProfile().clear();
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
			case FrameworkPackage.INDICATOR__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case FrameworkPackage.INDICATOR__NUMERATOR:
				return NUMERATOR_EDEFAULT == null ? numerator != null : !NUMERATOR_EDEFAULT.equals(numerator);
			case FrameworkPackage.INDICATOR__DENOMINATOR:
				return DENOMINATOR_EDEFAULT == null ? denominator != null : !DENOMINATOR_EDEFAULT.equals(denominator);
			case FrameworkPackage.INDICATOR__UNIT:
				return unit != UNIT_EDEFAULT;
			case FrameworkPackage.INDICATOR__UNIT_DETAIL:
				return UNIT_DETAIL_EDEFAULT == null ? unitDetail != null : !UNIT_DETAIL_EDEFAULT.equals(unitDetail);
			case FrameworkPackage.INDICATOR__POLARITY:
				return polarity != POLARITY_EDEFAULT;
			case FrameworkPackage.INDICATOR__SOURCE:
				return source != SOURCE_EDEFAULT;
			case FrameworkPackage.INDICATOR__SOURCE_DETAIL:
				return SOURCE_DETAIL_EDEFAULT == null ? sourceDetail != null : !SOURCE_DETAIL_EDEFAULT.equals(sourceDetail);
			case FrameworkPackage.INDICATOR__DISAGGREGATIONS:
				return disaggregations != null && !disaggregations.isEmpty();
			case FrameworkPackage.INDICATOR__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case FrameworkPackage.INDICATOR__LINEAGE:
				return lineage != LINEAGE_EDEFAULT;
			case FrameworkPackage.INDICATOR__PREDECESSOR_IDS:
				return predecessorIds != null && !predecessorIds.isEmpty();
			case FrameworkPackage.INDICATOR__LINEAGE_NOTE:
				return LINEAGE_NOTE_EDEFAULT == null ? lineageNote != null : !LINEAGE_NOTE_EDEFAULT.equals(lineageNote);
			case FrameworkPackage.INDICATOR__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case FrameworkPackage.INDICATOR__TARGET_NOTE:
				return TARGET_NOTE_EDEFAULT == null ? targetNote != null : !TARGET_NOTE_EDEFAULT.equals(targetNote);
			case FrameworkPackage.INDICATOR__COMPARATORS:
				return comparators != null && !comparators.isEmpty();
			case FrameworkPackage.INDICATOR__PERIOD_AGGREGATION:
				return periodAggregation != PERIOD_AGGREGATION_EDEFAULT;
			case FrameworkPackage.INDICATOR__NUMERATOR_ID:
				return NUMERATOR_ID_EDEFAULT == null ? numeratorId != null : !NUMERATOR_ID_EDEFAULT.equals(numeratorId);
			case FrameworkPackage.INDICATOR__DENOMINATOR_ID:
				return DENOMINATOR_ID_EDEFAULT == null ? denominatorId != null : !DENOMINATOR_ID_EDEFAULT.equals(denominatorId);
			case FrameworkPackage.INDICATOR__TARGET_PROFILE:
				return targetProfile != null && !targetProfile.isEmpty();
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
		result.append(" (definition: ");
		result.append(definition);
		result.append(", numerator: ");
		result.append(numerator);
		result.append(", denominator: ");
		result.append(denominator);
		result.append(", unit: ");
		result.append(unit);
		result.append(", unitDetail: ");
		result.append(unitDetail);
		result.append(", polarity: ");
		result.append(polarity);
		result.append(", source: ");
		result.append(source);
		result.append(", sourceDetail: ");
		result.append(sourceDetail);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", lineage: ");
		result.append(lineage);
		result.append(", predecessorIds: ");
		result.append(predecessorIds);
		result.append(", lineageNote: ");
		result.append(lineageNote);
		result.append(", target: ");
		result.append(target);
		result.append(", targetNote: ");
		result.append(targetNote);
		result.append(", comparators: ");
		result.append(comparators);
		result.append(", periodAggregation: ");
		result.append(periodAggregation);
		result.append(", numeratorId: ");
		result.append(numeratorId);
		result.append(", denominatorId: ");
		result.append(denominatorId);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
