/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Imputation Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getImputationMethod()
 * @model
 * @generated
 */
public enum ImputationMethod implements Enumerator {
	/**
	 * The '<em><b>Comparator Median</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_MEDIAN_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARATOR_MEDIAN(0, "comparatorMedian", "comparator median"),

	/**
	 * The '<em><b>Comparator Mean</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_MEAN_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARATOR_MEAN(1, "comparatorMean", "comparator mean"),

	/**
	 * The '<em><b>Latest Earlier</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATEST_EARLIER_VALUE
	 * @generated
	 * @ordered
	 */
	LATEST_EARLIER(2, "latestEarlier", "latest earlier"),

	/**
	 * The '<em><b>Linear Interpolation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_INTERPOLATION_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR_INTERPOLATION(3, "linearInterpolation", "linear interpolation");

	/**
	 * The '<em><b>Comparator Median</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_MEDIAN
	 * @model name="comparatorMedian" literal="comparator median"
	 * @generated
	 * @ordered
	 */
	public static final int COMPARATOR_MEDIAN_VALUE = 0;

	/**
	 * The '<em><b>Comparator Mean</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_MEAN
	 * @model name="comparatorMean" literal="comparator mean"
	 * @generated
	 * @ordered
	 */
	public static final int COMPARATOR_MEAN_VALUE = 1;

	/**
	 * The '<em><b>Latest Earlier</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LATEST_EARLIER
	 * @model name="latestEarlier" literal="latest earlier"
	 * @generated
	 * @ordered
	 */
	public static final int LATEST_EARLIER_VALUE = 2;

	/**
	 * The '<em><b>Linear Interpolation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_INTERPOLATION
	 * @model name="linearInterpolation" literal="linear interpolation"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_INTERPOLATION_VALUE = 3;

	/**
	 * An array of all the '<em><b>Imputation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ImputationMethod[] VALUES_ARRAY =
		new ImputationMethod[] {
			COMPARATOR_MEDIAN,
			COMPARATOR_MEAN,
			LATEST_EARLIER,
			LINEAR_INTERPOLATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Imputation Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ImputationMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Imputation Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImputationMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImputationMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Imputation Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImputationMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImputationMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Imputation Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImputationMethod get(int value) {
		switch (value) {
			case COMPARATOR_MEDIAN_VALUE: return COMPARATOR_MEDIAN;
			case COMPARATOR_MEAN_VALUE: return COMPARATOR_MEAN;
			case LATEST_EARLIER_VALUE: return LATEST_EARLIER;
			case LINEAR_INTERPOLATION_VALUE: return LINEAR_INTERPOLATION;
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
	private ImputationMethod(int value, String name, String literal) {
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
	
} //ImputationMethod
