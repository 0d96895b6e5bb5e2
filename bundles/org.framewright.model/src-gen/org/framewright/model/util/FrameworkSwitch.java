/**
 */
package org.framewright.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.framewright.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage
 * @generated
 */
public class FrameworkSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FrameworkPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameworkSwitch() {
		if (modelPackage == null) {
			modelPackage = FrameworkPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case FrameworkPackage.MODEL_ELEMENT: {
				ModelElement modelElement = (ModelElement)theEObject;
				T result = caseModelElement(modelElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.PROVENANCE: {
				Provenance provenance = (Provenance)theEObject;
				T result = caseProvenance(provenance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SOURCE_DOCUMENT: {
				SourceDocument sourceDocument = (SourceDocument)theEObject;
				T result = caseSourceDocument(sourceDocument);
				if (result == null) result = caseModelElement(sourceDocument);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.FRAMEWORK: {
				Framework framework = (Framework)theEObject;
				T result = caseFramework(framework);
				if (result == null) result = caseModelElement(framework);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.AREA: {
				Area area = (Area)theEObject;
				T result = caseArea(area);
				if (result == null) result = caseModelElement(area);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.EVIDENCE_ITEM: {
				EvidenceItem evidenceItem = (EvidenceItem)theEObject;
				T result = caseEvidenceItem(evidenceItem);
				if (result == null) result = caseModelElement(evidenceItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.STATEMENT: {
				Statement statement = (Statement)theEObject;
				T result = caseStatement(statement);
				if (result == null) result = caseModelElement(statement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.CLASSIFICATION: {
				Classification classification = (Classification)theEObject;
				T result = caseClassification(classification);
				if (result == null) result = caseModelElement(classification);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.CLASSIFICATION_GROUP: {
				ClassificationGroup classificationGroup = (ClassificationGroup)theEObject;
				T result = caseClassificationGroup(classificationGroup);
				if (result == null) result = caseModelElement(classificationGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.DISAGGREGATION: {
				Disaggregation disaggregation = (Disaggregation)theEObject;
				T result = caseDisaggregation(disaggregation);
				if (result == null) result = caseModelElement(disaggregation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.EVIDENCE_CATEGORY: {
				EvidenceCategory evidenceCategory = (EvidenceCategory)theEObject;
				T result = caseEvidenceCategory(evidenceCategory);
				if (result == null) result = caseModelElement(evidenceCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.LOGIC_MODEL: {
				LogicModel logicModel = (LogicModel)theEObject;
				T result = caseLogicModel(logicModel);
				if (result == null) result = caseModelElement(logicModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.LOGIC_ELEMENT: {
				LogicElement logicElement = (LogicElement)theEObject;
				T result = caseLogicElement(logicElement);
				if (result == null) result = caseModelElement(logicElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.LEADS_TO: {
				LeadsTo leadsTo = (LeadsTo)theEObject;
				T result = caseLeadsTo(leadsTo);
				if (result == null) result = caseModelElement(leadsTo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.INDICATOR: {
				Indicator indicator = (Indicator)theEObject;
				T result = caseIndicator(indicator);
				if (result == null) result = caseModelElement(indicator);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.PERIOD_TARGET: {
				PeriodTarget periodTarget = (PeriodTarget)theEObject;
				T result = casePeriodTarget(periodTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.COMPARATOR_GROUP: {
				ComparatorGroup comparatorGroup = (ComparatorGroup)theEObject;
				T result = caseComparatorGroup(comparatorGroup);
				if (result == null) result = caseModelElement(comparatorGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SCORING_SCHEME: {
				ScoringScheme scoringScheme = (ScoringScheme)theEObject;
				T result = caseScoringScheme(scoringScheme);
				if (result == null) result = caseModelElement(scoringScheme);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.OUTLIER_TREATMENT: {
				OutlierTreatment outlierTreatment = (OutlierTreatment)theEObject;
				T result = caseOutlierTreatment(outlierTreatment);
				if (result == null) result = caseModelElement(outlierTreatment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.DENOMINATION: {
				Denomination denomination = (Denomination)theEObject;
				T result = caseDenomination(denomination);
				if (result == null) result = caseModelElement(denomination);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.IMPUTATION: {
				Imputation imputation = (Imputation)theEObject;
				T result = caseImputation(imputation);
				if (result == null) result = caseModelElement(imputation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.AVAILABILITY_SCREEN: {
				AvailabilityScreen availabilityScreen = (AvailabilityScreen)theEObject;
				T result = caseAvailabilityScreen(availabilityScreen);
				if (result == null) result = caseModelElement(availabilityScreen);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SCALE: {
				Scale scale = (Scale)theEObject;
				T result = caseScale(scale);
				if (result == null) result = caseModelElement(scale);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SCALE_LEVEL: {
				ScaleLevel scaleLevel = (ScaleLevel)theEObject;
				T result = caseScaleLevel(scaleLevel);
				if (result == null) result = caseModelElement(scaleLevel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.DESCRIPTOR: {
				Descriptor descriptor = (Descriptor)theEObject;
				T result = caseDescriptor(descriptor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.BANDING: {
				Banding banding = (Banding)theEObject;
				T result = caseBanding(banding);
				if (result == null) result = caseModelElement(banding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.BAND: {
				Band band = (Band)theEObject;
				T result = caseBand(band);
				if (result == null) result = caseModelElement(band);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.INDICATOR_RULE: {
				IndicatorRule indicatorRule = (IndicatorRule)theEObject;
				T result = caseIndicatorRule(indicatorRule);
				if (result == null) result = caseModelElement(indicatorRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.AGGREGATION_RULE: {
				AggregationRule aggregationRule = (AggregationRule)theEObject;
				T result = caseAggregationRule(aggregationRule);
				if (result == null) result = caseModelElement(aggregationRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.WEIGHT: {
				Weight weight = (Weight)theEObject;
				T result = caseWeight(weight);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.METHOD_PARAMETER: {
				MethodParameter methodParameter = (MethodParameter)theEObject;
				T result = caseMethodParameter(methodParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.ROUNDING: {
				Rounding rounding = (Rounding)theEObject;
				T result = caseRounding(rounding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.RULE_MATRIX: {
				RuleMatrix ruleMatrix = (RuleMatrix)theEObject;
				T result = caseRuleMatrix(ruleMatrix);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.MATRIX_CELL: {
				MatrixCell matrixCell = (MatrixCell)theEObject;
				T result = caseMatrixCell(matrixCell);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.LIMITER: {
				Limiter limiter = (Limiter)theEObject;
				T result = caseLimiter(limiter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SCENARIO: {
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = caseModelElement(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.SCHEME_CHANGE: {
				SchemeChange schemeChange = (SchemeChange)theEObject;
				T result = caseSchemeChange(schemeChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.WEIGHT_CHANGE: {
				WeightChange weightChange = (WeightChange)theEObject;
				T result = caseWeightChange(weightChange);
				if (result == null) result = caseSchemeChange(weightChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.METHOD_CHANGE: {
				MethodChange methodChange = (MethodChange)theEObject;
				T result = caseMethodChange(methodChange);
				if (result == null) result = caseSchemeChange(methodChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.MISSING_DATA_CHANGE: {
				MissingDataChange missingDataChange = (MissingDataChange)theEObject;
				T result = caseMissingDataChange(missingDataChange);
				if (result == null) result = caseSchemeChange(missingDataChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.NORMALISATION_CHANGE: {
				NormalisationChange normalisationChange = (NormalisationChange)theEObject;
				T result = caseNormalisationChange(normalisationChange);
				if (result == null) result = caseSchemeChange(normalisationChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.BAND_CHANGE: {
				BandChange bandChange = (BandChange)theEObject;
				T result = caseBandChange(bandChange);
				if (result == null) result = caseSchemeChange(bandChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.TARGET_CHANGE: {
				TargetChange targetChange = (TargetChange)theEObject;
				T result = caseTargetChange(targetChange);
				if (result == null) result = caseSchemeChange(targetChange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.DATA_SET: {
				DataSet dataSet = (DataSet)theEObject;
				T result = caseDataSet(dataSet);
				if (result == null) result = caseModelElement(dataSet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.COUNCIL: {
				Council council = (Council)theEObject;
				T result = caseCouncil(council);
				if (result == null) result = caseModelElement(council);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.POPULATION_COUNT: {
				PopulationCount populationCount = (PopulationCount)theEObject;
				T result = casePopulationCount(populationCount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FrameworkPackage.OBSERVATION: {
				Observation observation = (Observation)theEObject;
				T result = caseObservation(observation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelElement(ModelElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Provenance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProvenance(Provenance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Document</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Document</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceDocument(SourceDocument object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Framework</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFramework(Framework object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Area</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Area</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArea(Area object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceItem(EvidenceItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Statement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Statement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatement(Statement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Classification</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Classification</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassification(Classification object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Classification Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Classification Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseClassificationGroup(ClassificationGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disaggregation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disaggregation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDisaggregation(Disaggregation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evidence Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evidence Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvidenceCategory(EvidenceCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Logic Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Logic Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogicModel(LogicModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Logic Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Logic Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLogicElement(LogicElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Leads To</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Leads To</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeadsTo(LeadsTo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicator(Indicator object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Period Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Period Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePeriodTarget(PeriodTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Comparator Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Comparator Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComparatorGroup(ComparatorGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scoring Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scoring Scheme</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScoringScheme(ScoringScheme object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Outlier Treatment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Outlier Treatment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOutlierTreatment(OutlierTreatment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Denomination</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Denomination</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDenomination(Denomination object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Imputation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Imputation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImputation(Imputation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Availability Screen</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Availability Screen</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAvailabilityScreen(AvailabilityScreen object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scale</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scale</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScale(Scale object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scale Level</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScaleLevel(ScaleLevel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Descriptor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDescriptor(Descriptor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Banding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Banding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBanding(Banding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Band</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Band</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBand(Band object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorRule(IndicatorRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Aggregation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Aggregation Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAggregationRule(AggregationRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Weight</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWeight(Weight object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Method Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Method Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMethodParameter(MethodParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rounding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rounding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRounding(Rounding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Matrix</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Matrix</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleMatrix(RuleMatrix object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Matrix Cell</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Matrix Cell</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMatrixCell(MatrixCell object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Limiter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Limiter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLimiter(Limiter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheme Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheme Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSchemeChange(SchemeChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Weight Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Weight Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWeightChange(WeightChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Method Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Method Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMethodChange(MethodChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Missing Data Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Missing Data Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMissingDataChange(MissingDataChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Normalisation Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Normalisation Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNormalisationChange(NormalisationChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Band Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Band Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBandChange(BandChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Change</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Change</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetChange(TargetChange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Set</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Set</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSet(DataSet object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Council</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Council</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCouncil(Council object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Population Count</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Population Count</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePopulationCount(PopulationCount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Observation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Observation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObservation(Observation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //FrameworkSwitch
