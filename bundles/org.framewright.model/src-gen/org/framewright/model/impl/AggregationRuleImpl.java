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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Banding;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.InputSelection;
import org.framewright.model.InputValue;
import org.framewright.model.Limiter;
import org.framewright.model.MethodParameter;
import org.framewright.model.MissingDataPolicy;
import org.framewright.model.Rounding;
import org.framewright.model.RuleMatrix;
import org.framewright.model.Scale;
import org.framewright.model.Weight;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Aggregation Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getAreas <em>Areas</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#isOverall <em>Overall</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getInputValue <em>Input Value</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getMatrix <em>Matrix</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getBanding <em>Banding</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getLimiters <em>Limiters</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getMissingData <em>Missing Data</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#getMinimumInputs <em>Minimum Inputs</em>}</li>
 *   <li>{@link org.framewright.model.impl.AggregationRuleImpl#isDirectValueFirst <em>Direct Value First</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AggregationRuleImpl extends ModelElementImpl implements AggregationRule {
	/**
	 * The cached value of the '{@link #getAreas() <em>Areas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreas()
	 * @generated
	 * @ordered
	 */
	protected EList<Area> areas;

	/**
	 * The default value of the '{@link #isOverall() <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverall()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverall() <em>Overall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverall()
	 * @generated
	 * @ordered
	 */
	protected boolean overall = OVERALL_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected static final InputSelection INPUTS_EDEFAULT = InputSelection.CHILDREN;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected InputSelection inputs = INPUTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputValue() <em>Input Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputValue()
	 * @generated
	 * @ordered
	 */
	protected static final InputValue INPUT_VALUE_EDEFAULT = InputValue.SCORE;

	/**
	 * The cached value of the '{@link #getInputValue() <em>Input Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputValue()
	 * @generated
	 * @ordered
	 */
	protected InputValue inputValue = INPUT_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = "weighted mean";

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<MethodParameter> parameters;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<Weight> weights;

	/**
	 * The default value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected static final double MAXIMUM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaximum() <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaximum()
	 * @generated
	 * @ordered
	 */
	protected double maximum = MAXIMUM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMatrix() <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatrix()
	 * @generated
	 * @ordered
	 */
	protected RuleMatrix matrix;

	/**
	 * The cached value of the '{@link #getRounding() <em>Rounding</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRounding()
	 * @generated
	 * @ordered
	 */
	protected Rounding rounding;

	/**
	 * The cached value of the '{@link #getBanding() <em>Banding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBanding()
	 * @generated
	 * @ordered
	 */
	protected Banding banding;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Scale scale;

	/**
	 * The cached value of the '{@link #getLimiters() <em>Limiters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLimiters()
	 * @generated
	 * @ordered
	 */
	protected EList<Limiter> limiters;

	/**
	 * The default value of the '{@link #getMissingData() <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingData()
	 * @generated
	 * @ordered
	 */
	protected static final MissingDataPolicy MISSING_DATA_EDEFAULT = MissingDataPolicy.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getMissingData() <em>Missing Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingData()
	 * @generated
	 * @ordered
	 */
	protected MissingDataPolicy missingData = MISSING_DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumInputs() <em>Minimum Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumInputs()
	 * @generated
	 * @ordered
	 */
	protected static final int MINIMUM_INPUTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinimumInputs() <em>Minimum Inputs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumInputs()
	 * @generated
	 * @ordered
	 */
	protected int minimumInputs = MINIMUM_INPUTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isDirectValueFirst() <em>Direct Value First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirectValueFirst()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DIRECT_VALUE_FIRST_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDirectValueFirst() <em>Direct Value First</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDirectValueFirst()
	 * @generated
	 * @ordered
	 */
	protected boolean directValueFirst = DIRECT_VALUE_FIRST_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AggregationRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FrameworkPackage.Literals.AGGREGATION_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Area> getAreas() {
		if (areas == null) {
			areas = new EObjectResolvingEList<Area>(Area.class, this, FrameworkPackage.AGGREGATION_RULE__AREAS);
		}
		return areas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverall() {
		return overall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverall(boolean newOverall) {
		boolean oldOverall = overall;
		overall = newOverall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__OVERALL, oldOverall, overall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputSelection getInputs() {
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputs(InputSelection newInputs) {
		InputSelection oldInputs = inputs;
		inputs = newInputs == null ? INPUTS_EDEFAULT : newInputs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__INPUTS, oldInputs, inputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputValue getInputValue() {
		return inputValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputValue(InputValue newInputValue) {
		InputValue oldInputValue = inputValue;
		inputValue = newInputValue == null ? INPUT_VALUE_EDEFAULT : newInputValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE, oldInputValue, inputValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MethodParameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<MethodParameter>(MethodParameter.class, this, FrameworkPackage.AGGREGATION_RULE__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Weight> getWeights() {
		if (weights == null) {
			weights = new EObjectContainmentEList<Weight>(Weight.class, this, FrameworkPackage.AGGREGATION_RULE__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaximum() {
		return maximum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaximum(double newMaximum) {
		double oldMaximum = maximum;
		maximum = newMaximum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__MAXIMUM, oldMaximum, maximum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleMatrix getMatrix() {
		return matrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatrix(RuleMatrix newMatrix, NotificationChain msgs) {
		RuleMatrix oldMatrix = matrix;
		matrix = newMatrix;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__MATRIX, oldMatrix, newMatrix);
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
	public void setMatrix(RuleMatrix newMatrix) {
		if (newMatrix != matrix) {
			NotificationChain msgs = null;
			if (matrix != null)
				msgs = ((InternalEObject)matrix).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AGGREGATION_RULE__MATRIX, null, msgs);
			if (newMatrix != null)
				msgs = ((InternalEObject)newMatrix).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AGGREGATION_RULE__MATRIX, null, msgs);
			msgs = basicSetMatrix(newMatrix, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__MATRIX, newMatrix, newMatrix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rounding getRounding() {
		return rounding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRounding(Rounding newRounding, NotificationChain msgs) {
		Rounding oldRounding = rounding;
		rounding = newRounding;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__ROUNDING, oldRounding, newRounding);
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
	public void setRounding(Rounding newRounding) {
		if (newRounding != rounding) {
			NotificationChain msgs = null;
			if (rounding != null)
				msgs = ((InternalEObject)rounding).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AGGREGATION_RULE__ROUNDING, null, msgs);
			if (newRounding != null)
				msgs = ((InternalEObject)newRounding).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FrameworkPackage.AGGREGATION_RULE__ROUNDING, null, msgs);
			msgs = basicSetRounding(newRounding, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__ROUNDING, newRounding, newRounding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Banding getBanding() {
		if (banding != null && banding.eIsProxy()) {
			InternalEObject oldBanding = (InternalEObject)banding;
			banding = (Banding)eResolveProxy(oldBanding);
			if (banding != oldBanding) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.AGGREGATION_RULE__BANDING, oldBanding, banding));
			}
		}
		return banding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Banding basicGetBanding() {
		return banding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBanding(Banding newBanding) {
		Banding oldBanding = banding;
		banding = newBanding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__BANDING, oldBanding, banding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale getScale() {
		if (scale != null && scale.eIsProxy()) {
			InternalEObject oldScale = (InternalEObject)scale;
			scale = (Scale)eResolveProxy(oldScale);
			if (scale != oldScale) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FrameworkPackage.AGGREGATION_RULE__SCALE, oldScale, scale));
			}
		}
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scale basicGetScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Scale newScale) {
		Scale oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Limiter> getLimiters() {
		if (limiters == null) {
			limiters = new EObjectContainmentEList<Limiter>(Limiter.class, this, FrameworkPackage.AGGREGATION_RULE__LIMITERS);
		}
		return limiters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MissingDataPolicy getMissingData() {
		return missingData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingData(MissingDataPolicy newMissingData) {
		MissingDataPolicy oldMissingData = missingData;
		missingData = newMissingData == null ? MISSING_DATA_EDEFAULT : newMissingData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__MISSING_DATA, oldMissingData, missingData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinimumInputs() {
		return minimumInputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumInputs(int newMinimumInputs) {
		int oldMinimumInputs = minimumInputs;
		minimumInputs = newMinimumInputs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS, oldMinimumInputs, minimumInputs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDirectValueFirst() {
		return directValueFirst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectValueFirst(boolean newDirectValueFirst) {
		boolean oldDirectValueFirst = directValueFirst;
		directValueFirst = newDirectValueFirst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST, oldDirectValueFirst, directValueFirst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
				return ((InternalEList<?>)getWeights()).basicRemove(otherEnd, msgs);
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
				return basicSetMatrix(null, msgs);
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
				return basicSetRounding(null, msgs);
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				return ((InternalEList<?>)getLimiters()).basicRemove(otherEnd, msgs);
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
			case FrameworkPackage.AGGREGATION_RULE__AREAS:
				return getAreas();
			case FrameworkPackage.AGGREGATION_RULE__OVERALL:
				return isOverall();
			case FrameworkPackage.AGGREGATION_RULE__INPUTS:
				return getInputs();
			case FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE:
				return getInputValue();
			case FrameworkPackage.AGGREGATION_RULE__METHOD:
				return getMethod();
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
				return getParameters();
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
				return getWeights();
			case FrameworkPackage.AGGREGATION_RULE__MAXIMUM:
				return getMaximum();
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
				return getMatrix();
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
				return getRounding();
			case FrameworkPackage.AGGREGATION_RULE__BANDING:
				if (resolve) return getBanding();
				return basicGetBanding();
			case FrameworkPackage.AGGREGATION_RULE__SCALE:
				if (resolve) return getScale();
				return basicGetScale();
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				return getLimiters();
			case FrameworkPackage.AGGREGATION_RULE__MISSING_DATA:
				return getMissingData();
			case FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS:
				return getMinimumInputs();
			case FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST:
				return isDirectValueFirst();
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
			case FrameworkPackage.AGGREGATION_RULE__AREAS:
				getAreas().clear();
				getAreas().addAll((Collection<? extends Area>)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__OVERALL:
				setOverall((Boolean)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__INPUTS:
				setInputs((InputSelection)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE:
				setInputValue((InputValue)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__METHOD:
				setMethod((String)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends MethodParameter>)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends Weight>)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MAXIMUM:
				setMaximum((Double)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
				setMatrix((RuleMatrix)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
				setRounding((Rounding)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__BANDING:
				setBanding((Banding)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__SCALE:
				setScale((Scale)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				getLimiters().clear();
				getLimiters().addAll((Collection<? extends Limiter>)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MISSING_DATA:
				setMissingData((MissingDataPolicy)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS:
				setMinimumInputs((Integer)newValue);
				return;
			case FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST:
				setDirectValueFirst((Boolean)newValue);
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
			case FrameworkPackage.AGGREGATION_RULE__AREAS:
				getAreas().clear();
				return;
			case FrameworkPackage.AGGREGATION_RULE__OVERALL:
				setOverall(OVERALL_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__INPUTS:
				setInputs(INPUTS_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE:
				setInputValue(INPUT_VALUE_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
				getParameters().clear();
				return;
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
				getWeights().clear();
				return;
			case FrameworkPackage.AGGREGATION_RULE__MAXIMUM:
				setMaximum(MAXIMUM_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
				setMatrix((RuleMatrix)null);
				return;
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
				setRounding((Rounding)null);
				return;
			case FrameworkPackage.AGGREGATION_RULE__BANDING:
				setBanding((Banding)null);
				return;
			case FrameworkPackage.AGGREGATION_RULE__SCALE:
				setScale((Scale)null);
				return;
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				getLimiters().clear();
				return;
			case FrameworkPackage.AGGREGATION_RULE__MISSING_DATA:
				setMissingData(MISSING_DATA_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS:
				setMinimumInputs(MINIMUM_INPUTS_EDEFAULT);
				return;
			case FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST:
				setDirectValueFirst(DIRECT_VALUE_FIRST_EDEFAULT);
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
			case FrameworkPackage.AGGREGATION_RULE__AREAS:
				return areas != null && !areas.isEmpty();
			case FrameworkPackage.AGGREGATION_RULE__OVERALL:
				return overall != OVERALL_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__INPUTS:
				return inputs != INPUTS_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__INPUT_VALUE:
				return inputValue != INPUT_VALUE_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case FrameworkPackage.AGGREGATION_RULE__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case FrameworkPackage.AGGREGATION_RULE__WEIGHTS:
				return weights != null && !weights.isEmpty();
			case FrameworkPackage.AGGREGATION_RULE__MAXIMUM:
				return maximum != MAXIMUM_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__MATRIX:
				return matrix != null;
			case FrameworkPackage.AGGREGATION_RULE__ROUNDING:
				return rounding != null;
			case FrameworkPackage.AGGREGATION_RULE__BANDING:
				return banding != null;
			case FrameworkPackage.AGGREGATION_RULE__SCALE:
				return scale != null;
			case FrameworkPackage.AGGREGATION_RULE__LIMITERS:
				return limiters != null && !limiters.isEmpty();
			case FrameworkPackage.AGGREGATION_RULE__MISSING_DATA:
				return missingData != MISSING_DATA_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__MINIMUM_INPUTS:
				return minimumInputs != MINIMUM_INPUTS_EDEFAULT;
			case FrameworkPackage.AGGREGATION_RULE__DIRECT_VALUE_FIRST:
				return directValueFirst != DIRECT_VALUE_FIRST_EDEFAULT;
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
		result.append(" (overall: ");
		result.append(overall);
		result.append(", inputs: ");
		result.append(inputs);
		result.append(", inputValue: ");
		result.append(inputValue);
		result.append(", method: ");
		result.append(method);
		result.append(", maximum: ");
		result.append(maximum);
		result.append(", missingData: ");
		result.append(missingData);
		result.append(", minimumInputs: ");
		result.append(minimumInputs);
		result.append(", directValueFirst: ");
		result.append(directValueFirst);
		result.append(')');
		return result.toString();
	}

} //AggregationRuleImpl
