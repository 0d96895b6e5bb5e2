/**
 */
package org.framewright.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.framewright.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage
 * @generated
 */
public class FrameworkAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FrameworkPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = FrameworkPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrameworkSwitch<Adapter> modelSwitch =
		new FrameworkSwitch<Adapter>() {
			@Override
			public Adapter caseModelElement(ModelElement object) {
				return createModelElementAdapter();
			}
			@Override
			public Adapter caseProvenance(Provenance object) {
				return createProvenanceAdapter();
			}
			@Override
			public Adapter caseSourceDocument(SourceDocument object) {
				return createSourceDocumentAdapter();
			}
			@Override
			public Adapter caseFramework(Framework object) {
				return createFrameworkAdapter();
			}
			@Override
			public Adapter caseArea(Area object) {
				return createAreaAdapter();
			}
			@Override
			public Adapter caseEvidenceItem(EvidenceItem object) {
				return createEvidenceItemAdapter();
			}
			@Override
			public Adapter caseStatement(Statement object) {
				return createStatementAdapter();
			}
			@Override
			public Adapter caseClassification(Classification object) {
				return createClassificationAdapter();
			}
			@Override
			public Adapter caseClassificationGroup(ClassificationGroup object) {
				return createClassificationGroupAdapter();
			}
			@Override
			public Adapter caseDisaggregation(Disaggregation object) {
				return createDisaggregationAdapter();
			}
			@Override
			public Adapter caseEvidenceCategory(EvidenceCategory object) {
				return createEvidenceCategoryAdapter();
			}
			@Override
			public Adapter caseLogicModel(LogicModel object) {
				return createLogicModelAdapter();
			}
			@Override
			public Adapter caseLogicElement(LogicElement object) {
				return createLogicElementAdapter();
			}
			@Override
			public Adapter caseLeadsTo(LeadsTo object) {
				return createLeadsToAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object) {
				return createIndicatorAdapter();
			}
			@Override
			public Adapter casePeriodTarget(PeriodTarget object) {
				return createPeriodTargetAdapter();
			}
			@Override
			public Adapter caseComparatorGroup(ComparatorGroup object) {
				return createComparatorGroupAdapter();
			}
			@Override
			public Adapter caseScoringScheme(ScoringScheme object) {
				return createScoringSchemeAdapter();
			}
			@Override
			public Adapter caseOutlierTreatment(OutlierTreatment object) {
				return createOutlierTreatmentAdapter();
			}
			@Override
			public Adapter caseDenomination(Denomination object) {
				return createDenominationAdapter();
			}
			@Override
			public Adapter caseImputation(Imputation object) {
				return createImputationAdapter();
			}
			@Override
			public Adapter caseAvailabilityScreen(AvailabilityScreen object) {
				return createAvailabilityScreenAdapter();
			}
			@Override
			public Adapter caseScale(Scale object) {
				return createScaleAdapter();
			}
			@Override
			public Adapter caseScaleLevel(ScaleLevel object) {
				return createScaleLevelAdapter();
			}
			@Override
			public Adapter caseDescriptor(Descriptor object) {
				return createDescriptorAdapter();
			}
			@Override
			public Adapter caseBanding(Banding object) {
				return createBandingAdapter();
			}
			@Override
			public Adapter caseBand(Band object) {
				return createBandAdapter();
			}
			@Override
			public Adapter caseIndicatorRule(IndicatorRule object) {
				return createIndicatorRuleAdapter();
			}
			@Override
			public Adapter caseAggregationRule(AggregationRule object) {
				return createAggregationRuleAdapter();
			}
			@Override
			public Adapter caseWeight(Weight object) {
				return createWeightAdapter();
			}
			@Override
			public Adapter caseMethodParameter(MethodParameter object) {
				return createMethodParameterAdapter();
			}
			@Override
			public Adapter caseRounding(Rounding object) {
				return createRoundingAdapter();
			}
			@Override
			public Adapter caseRuleMatrix(RuleMatrix object) {
				return createRuleMatrixAdapter();
			}
			@Override
			public Adapter caseMatrixCell(MatrixCell object) {
				return createMatrixCellAdapter();
			}
			@Override
			public Adapter caseLimiter(Limiter object) {
				return createLimiterAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object) {
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseSchemeChange(SchemeChange object) {
				return createSchemeChangeAdapter();
			}
			@Override
			public Adapter caseWeightChange(WeightChange object) {
				return createWeightChangeAdapter();
			}
			@Override
			public Adapter caseMethodChange(MethodChange object) {
				return createMethodChangeAdapter();
			}
			@Override
			public Adapter caseMissingDataChange(MissingDataChange object) {
				return createMissingDataChangeAdapter();
			}
			@Override
			public Adapter caseNormalisationChange(NormalisationChange object) {
				return createNormalisationChangeAdapter();
			}
			@Override
			public Adapter caseBandChange(BandChange object) {
				return createBandChangeAdapter();
			}
			@Override
			public Adapter caseTargetChange(TargetChange object) {
				return createTargetChangeAdapter();
			}
			@Override
			public Adapter caseDataSet(DataSet object) {
				return createDataSetAdapter();
			}
			@Override
			public Adapter caseCouncil(Council object) {
				return createCouncilAdapter();
			}
			@Override
			public Adapter casePopulationCount(PopulationCount object) {
				return createPopulationCountAdapter();
			}
			@Override
			public Adapter caseObservation(Observation object) {
				return createObservationAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.ModelElement <em>Model Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.ModelElement
	 * @generated
	 */
	public Adapter createModelElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Provenance
	 * @generated
	 */
	public Adapter createProvenanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.SourceDocument <em>Source Document</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.SourceDocument
	 * @generated
	 */
	public Adapter createSourceDocumentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Framework <em>Framework</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Framework
	 * @generated
	 */
	public Adapter createFrameworkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Area <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Area
	 * @generated
	 */
	public Adapter createAreaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.EvidenceItem <em>Evidence Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.EvidenceItem
	 * @generated
	 */
	public Adapter createEvidenceItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Statement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Statement
	 * @generated
	 */
	public Adapter createStatementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Classification <em>Classification</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Classification
	 * @generated
	 */
	public Adapter createClassificationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.ClassificationGroup <em>Classification Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.ClassificationGroup
	 * @generated
	 */
	public Adapter createClassificationGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Disaggregation <em>Disaggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Disaggregation
	 * @generated
	 */
	public Adapter createDisaggregationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.EvidenceCategory <em>Evidence Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.EvidenceCategory
	 * @generated
	 */
	public Adapter createEvidenceCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.LogicModel <em>Logic Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.LogicModel
	 * @generated
	 */
	public Adapter createLogicModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.LogicElement <em>Logic Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.LogicElement
	 * @generated
	 */
	public Adapter createLogicElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.LeadsTo <em>Leads To</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.LeadsTo
	 * @generated
	 */
	public Adapter createLeadsToAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.PeriodTarget <em>Period Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.PeriodTarget
	 * @generated
	 */
	public Adapter createPeriodTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.ComparatorGroup <em>Comparator Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.ComparatorGroup
	 * @generated
	 */
	public Adapter createComparatorGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.ScoringScheme <em>Scoring Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.ScoringScheme
	 * @generated
	 */
	public Adapter createScoringSchemeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.OutlierTreatment <em>Outlier Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.OutlierTreatment
	 * @generated
	 */
	public Adapter createOutlierTreatmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Denomination <em>Denomination</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Denomination
	 * @generated
	 */
	public Adapter createDenominationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Imputation <em>Imputation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Imputation
	 * @generated
	 */
	public Adapter createImputationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.AvailabilityScreen <em>Availability Screen</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.AvailabilityScreen
	 * @generated
	 */
	public Adapter createAvailabilityScreenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Scale
	 * @generated
	 */
	public Adapter createScaleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.ScaleLevel <em>Scale Level</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.ScaleLevel
	 * @generated
	 */
	public Adapter createScaleLevelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Descriptor
	 * @generated
	 */
	public Adapter createDescriptorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Banding <em>Banding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Banding
	 * @generated
	 */
	public Adapter createBandingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Band
	 * @generated
	 */
	public Adapter createBandAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.IndicatorRule <em>Indicator Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.IndicatorRule
	 * @generated
	 */
	public Adapter createIndicatorRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.AggregationRule <em>Aggregation Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.AggregationRule
	 * @generated
	 */
	public Adapter createAggregationRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Weight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Weight
	 * @generated
	 */
	public Adapter createWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.MethodParameter <em>Method Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.MethodParameter
	 * @generated
	 */
	public Adapter createMethodParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Rounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Rounding
	 * @generated
	 */
	public Adapter createRoundingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.RuleMatrix <em>Rule Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.RuleMatrix
	 * @generated
	 */
	public Adapter createRuleMatrixAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.MatrixCell <em>Matrix Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.MatrixCell
	 * @generated
	 */
	public Adapter createMatrixCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Limiter <em>Limiter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Limiter
	 * @generated
	 */
	public Adapter createLimiterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.SchemeChange <em>Scheme Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.SchemeChange
	 * @generated
	 */
	public Adapter createSchemeChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.WeightChange <em>Weight Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.WeightChange
	 * @generated
	 */
	public Adapter createWeightChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.MethodChange <em>Method Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.MethodChange
	 * @generated
	 */
	public Adapter createMethodChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.MissingDataChange <em>Missing Data Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.MissingDataChange
	 * @generated
	 */
	public Adapter createMissingDataChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.NormalisationChange <em>Normalisation Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.NormalisationChange
	 * @generated
	 */
	public Adapter createNormalisationChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.BandChange <em>Band Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.BandChange
	 * @generated
	 */
	public Adapter createBandChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.TargetChange <em>Target Change</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.TargetChange
	 * @generated
	 */
	public Adapter createTargetChangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.DataSet <em>Data Set</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.DataSet
	 * @generated
	 */
	public Adapter createDataSetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Council <em>Council</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Council
	 * @generated
	 */
	public Adapter createCouncilAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.PopulationCount <em>Population Count</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.PopulationCount
	 * @generated
	 */
	public Adapter createPopulationCountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.framewright.model.Observation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.framewright.model.Observation
	 * @generated
	 */
	public Adapter createObservationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //FrameworkAdapterFactory
