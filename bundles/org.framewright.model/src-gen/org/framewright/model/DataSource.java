/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Source</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getDataSource()
 * @model
 * @generated
 */
public enum DataSource implements Enumerator {
	/**
	 * The '<em><b>Unspecified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSPECIFIED(0, "unspecified", "unspecified"),

	/**
	 * The '<em><b>Client Level Data</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_LEVEL_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	CLIENT_LEVEL_DATA(1, "clientLevelData", "client level data"),

	/**
	 * The '<em><b>Salt</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALT_VALUE
	 * @generated
	 * @ordered
	 */
	SALT(2, "salt", "SALT"),

	/**
	 * The '<em><b>Adult Social Care Survey</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADULT_SOCIAL_CARE_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	ADULT_SOCIAL_CARE_SURVEY(3, "adultSocialCareSurvey", "Adult Social Care Survey"),

	/**
	 * The '<em><b>Survey Of Adult Carers</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_OF_ADULT_CARERS_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY_OF_ADULT_CARERS(4, "surveyOfAdultCarers", "Survey of Adult Carers"),

	/**
	 * The '<em><b>Phof</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHOF_VALUE
	 * @generated
	 * @ordered
	 */
	PHOF(5, "phof", "PHOF"),

	/**
	 * The '<em><b>Cqc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CQC_VALUE
	 * @generated
	 * @ordered
	 */
	CQC(6, "cqc", "CQC"),

	/**
	 * The '<em><b>Local</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL(7, "local", "local"),

	/**
	 * The '<em><b>Workforce</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKFORCE_VALUE
	 * @generated
	 * @ordered
	 */
	WORKFORCE(8, "workforce", "workforce data set"),

	/**
	 * The '<em><b>Nhs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NHS_VALUE
	 * @generated
	 * @ordered
	 */
	NHS(9, "nhs", "NHS data"),

	/**
	 * The '<em><b>Finance</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE_VALUE
	 * @generated
	 * @ordered
	 */
	FINANCE(10, "finance", "finance"),

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(11, "other", "other");

	/**
	 * The '<em><b>Unspecified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNSPECIFIED
	 * @model name="unspecified"
	 * @generated
	 * @ordered
	 */
	public static final int UNSPECIFIED_VALUE = 0;

	/**
	 * The '<em><b>Client Level Data</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLIENT_LEVEL_DATA
	 * @model name="clientLevelData" literal="client level data"
	 * @generated
	 * @ordered
	 */
	public static final int CLIENT_LEVEL_DATA_VALUE = 1;

	/**
	 * The '<em><b>Salt</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALT
	 * @model name="salt" literal="SALT"
	 * @generated
	 * @ordered
	 */
	public static final int SALT_VALUE = 2;

	/**
	 * The '<em><b>Adult Social Care Survey</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADULT_SOCIAL_CARE_SURVEY
	 * @model name="adultSocialCareSurvey" literal="Adult Social Care Survey"
	 * @generated
	 * @ordered
	 */
	public static final int ADULT_SOCIAL_CARE_SURVEY_VALUE = 3;

	/**
	 * The '<em><b>Survey Of Adult Carers</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_OF_ADULT_CARERS
	 * @model name="surveyOfAdultCarers" literal="Survey of Adult Carers"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_OF_ADULT_CARERS_VALUE = 4;

	/**
	 * The '<em><b>Phof</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHOF
	 * @model name="phof" literal="PHOF"
	 * @generated
	 * @ordered
	 */
	public static final int PHOF_VALUE = 5;

	/**
	 * The '<em><b>Cqc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CQC
	 * @model name="cqc" literal="CQC"
	 * @generated
	 * @ordered
	 */
	public static final int CQC_VALUE = 6;

	/**
	 * The '<em><b>Local</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL
	 * @model name="local"
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_VALUE = 7;

	/**
	 * The '<em><b>Workforce</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKFORCE
	 * @model name="workforce" literal="workforce data set"
	 * @generated
	 * @ordered
	 */
	public static final int WORKFORCE_VALUE = 8;

	/**
	 * The '<em><b>Nhs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NHS
	 * @model name="nhs" literal="NHS data"
	 * @generated
	 * @ordered
	 */
	public static final int NHS_VALUE = 9;

	/**
	 * The '<em><b>Finance</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FINANCE
	 * @model name="finance"
	 * @generated
	 * @ordered
	 */
	public static final int FINANCE_VALUE = 10;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 11;

	/**
	 * An array of all the '<em><b>Data Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataSource[] VALUES_ARRAY =
		new DataSource[] {
			UNSPECIFIED,
			CLIENT_LEVEL_DATA,
			SALT,
			ADULT_SOCIAL_CARE_SURVEY,
			SURVEY_OF_ADULT_CARERS,
			PHOF,
			CQC,
			LOCAL,
			WORKFORCE,
			NHS,
			FINANCE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Source</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataSource> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Source</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSource get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSource result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSource getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSource result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSource get(int value) {
		switch (value) {
			case UNSPECIFIED_VALUE: return UNSPECIFIED;
			case CLIENT_LEVEL_DATA_VALUE: return CLIENT_LEVEL_DATA;
			case SALT_VALUE: return SALT;
			case ADULT_SOCIAL_CARE_SURVEY_VALUE: return ADULT_SOCIAL_CARE_SURVEY;
			case SURVEY_OF_ADULT_CARERS_VALUE: return SURVEY_OF_ADULT_CARERS;
			case PHOF_VALUE: return PHOF;
			case CQC_VALUE: return CQC;
			case LOCAL_VALUE: return LOCAL;
			case WORKFORCE_VALUE: return WORKFORCE;
			case NHS_VALUE: return NHS;
			case FINANCE_VALUE: return FINANCE;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DataSource(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DataSource
