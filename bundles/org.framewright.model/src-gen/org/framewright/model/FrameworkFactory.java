/**
 */
package org.framewright.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage
 * @generated
 */
public interface FrameworkFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FrameworkFactory eINSTANCE = org.framewright.model.impl.FrameworkFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provenance</em>'.
	 * @generated
	 */
	Provenance createProvenance();

	/**
	 * Returns a new object of class '<em>Source Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Document</em>'.
	 * @generated
	 */
	SourceDocument createSourceDocument();

	/**
	 * Returns a new object of class '<em>Framework</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Framework</em>'.
	 * @generated
	 */
	Framework createFramework();

	/**
	 * Returns a new object of class '<em>Area</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Area</em>'.
	 * @generated
	 */
	Area createArea();

	/**
	 * Returns a new object of class '<em>Evidence Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Item</em>'.
	 * @generated
	 */
	EvidenceItem createEvidenceItem();

	/**
	 * Returns a new object of class '<em>Statement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Statement</em>'.
	 * @generated
	 */
	Statement createStatement();

	/**
	 * Returns a new object of class '<em>Classification</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Classification</em>'.
	 * @generated
	 */
	Classification createClassification();

	/**
	 * Returns a new object of class '<em>Classification Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Classification Group</em>'.
	 * @generated
	 */
	ClassificationGroup createClassificationGroup();

	/**
	 * Returns a new object of class '<em>Disaggregation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Disaggregation</em>'.
	 * @generated
	 */
	Disaggregation createDisaggregation();

	/**
	 * Returns a new object of class '<em>Evidence Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence Category</em>'.
	 * @generated
	 */
	EvidenceCategory createEvidenceCategory();

	/**
	 * Returns a new object of class '<em>Logic Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logic Model</em>'.
	 * @generated
	 */
	LogicModel createLogicModel();

	/**
	 * Returns a new object of class '<em>Logic Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Logic Element</em>'.
	 * @generated
	 */
	LogicElement createLogicElement();

	/**
	 * Returns a new object of class '<em>Leads To</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Leads To</em>'.
	 * @generated
	 */
	LeadsTo createLeadsTo();

	/**
	 * Returns a new object of class '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator</em>'.
	 * @generated
	 */
	Indicator createIndicator();

	/**
	 * Returns a new object of class '<em>Period Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Period Target</em>'.
	 * @generated
	 */
	PeriodTarget createPeriodTarget();

	/**
	 * Returns a new object of class '<em>Comparator Group</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Comparator Group</em>'.
	 * @generated
	 */
	ComparatorGroup createComparatorGroup();

	/**
	 * Returns a new object of class '<em>Scoring Scheme</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scoring Scheme</em>'.
	 * @generated
	 */
	ScoringScheme createScoringScheme();

	/**
	 * Returns a new object of class '<em>Outlier Treatment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Outlier Treatment</em>'.
	 * @generated
	 */
	OutlierTreatment createOutlierTreatment();

	/**
	 * Returns a new object of class '<em>Denomination</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Denomination</em>'.
	 * @generated
	 */
	Denomination createDenomination();

	/**
	 * Returns a new object of class '<em>Imputation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Imputation</em>'.
	 * @generated
	 */
	Imputation createImputation();

	/**
	 * Returns a new object of class '<em>Availability Screen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Availability Screen</em>'.
	 * @generated
	 */
	AvailabilityScreen createAvailabilityScreen();

	/**
	 * Returns a new object of class '<em>Scale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale</em>'.
	 * @generated
	 */
	Scale createScale();

	/**
	 * Returns a new object of class '<em>Scale Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scale Level</em>'.
	 * @generated
	 */
	ScaleLevel createScaleLevel();

	/**
	 * Returns a new object of class '<em>Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Descriptor</em>'.
	 * @generated
	 */
	Descriptor createDescriptor();

	/**
	 * Returns a new object of class '<em>Banding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Banding</em>'.
	 * @generated
	 */
	Banding createBanding();

	/**
	 * Returns a new object of class '<em>Band</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Band</em>'.
	 * @generated
	 */
	Band createBand();

	/**
	 * Returns a new object of class '<em>Indicator Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Rule</em>'.
	 * @generated
	 */
	IndicatorRule createIndicatorRule();

	/**
	 * Returns a new object of class '<em>Aggregation Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Aggregation Rule</em>'.
	 * @generated
	 */
	AggregationRule createAggregationRule();

	/**
	 * Returns a new object of class '<em>Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Weight</em>'.
	 * @generated
	 */
	Weight createWeight();

	/**
	 * Returns a new object of class '<em>Method Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Method Parameter</em>'.
	 * @generated
	 */
	MethodParameter createMethodParameter();

	/**
	 * Returns a new object of class '<em>Rounding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rounding</em>'.
	 * @generated
	 */
	Rounding createRounding();

	/**
	 * Returns a new object of class '<em>Rule Matrix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Matrix</em>'.
	 * @generated
	 */
	RuleMatrix createRuleMatrix();

	/**
	 * Returns a new object of class '<em>Matrix Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Matrix Cell</em>'.
	 * @generated
	 */
	MatrixCell createMatrixCell();

	/**
	 * Returns a new object of class '<em>Limiter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Limiter</em>'.
	 * @generated
	 */
	Limiter createLimiter();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Weight Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Weight Change</em>'.
	 * @generated
	 */
	WeightChange createWeightChange();

	/**
	 * Returns a new object of class '<em>Method Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Method Change</em>'.
	 * @generated
	 */
	MethodChange createMethodChange();

	/**
	 * Returns a new object of class '<em>Missing Data Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Missing Data Change</em>'.
	 * @generated
	 */
	MissingDataChange createMissingDataChange();

	/**
	 * Returns a new object of class '<em>Normalisation Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Normalisation Change</em>'.
	 * @generated
	 */
	NormalisationChange createNormalisationChange();

	/**
	 * Returns a new object of class '<em>Band Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Band Change</em>'.
	 * @generated
	 */
	BandChange createBandChange();

	/**
	 * Returns a new object of class '<em>Target Change</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Change</em>'.
	 * @generated
	 */
	TargetChange createTargetChange();

	/**
	 * Returns a new object of class '<em>Data Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Set</em>'.
	 * @generated
	 */
	DataSet createDataSet();

	/**
	 * Returns a new object of class '<em>Council</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Council</em>'.
	 * @generated
	 */
	Council createCouncil();

	/**
	 * Returns a new object of class '<em>Population Count</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Population Count</em>'.
	 * @generated
	 */
	PopulationCount createPopulationCount();

	/**
	 * Returns a new object of class '<em>Observation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Observation</em>'.
	 * @generated
	 */
	Observation createObservation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FrameworkPackage getFrameworkPackage();

} //FrameworkFactory
