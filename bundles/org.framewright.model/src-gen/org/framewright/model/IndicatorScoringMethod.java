/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Indicator Scoring Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getIndicatorScoringMethod()
 * @model
 * @generated
 */
public enum IndicatorScoringMethod implements Enumerator {
	/**
	 * The '<em><b>Value</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as it is (e.g. a judged grade).
	 * <!-- end-model-doc -->
	 * @see #VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE(0, "value", "value"),

	/**
	 * The '<em><b>Normalise</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMALISE_VALUE
	 * @generated
	 * @ordered
	 */
	NORMALISE(1, "normalise", "normalise"),

	/**
	 * The '<em><b>Thresholds</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THRESHOLDS_VALUE
	 * @generated
	 * @ordered
	 */
	THRESHOLDS(2, "thresholds", "thresholds"),

	/**
	 * The '<em><b>Target Rag</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_RAG_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET_RAG(3, "targetRag", "target RAG"),

	/**
	 * The '<em><b>Comparator Position</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_POSITION_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARATOR_POSITION(4, "comparatorPosition", "comparator position");

	/**
	 * The '<em><b>Value</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value as it is (e.g. a judged grade).
	 * <!-- end-model-doc -->
	 * @see #VALUE
	 * @model name="value"
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_VALUE = 0;

	/**
	 * The '<em><b>Normalise</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NORMALISE
	 * @model name="normalise"
	 * @generated
	 * @ordered
	 */
	public static final int NORMALISE_VALUE = 1;

	/**
	 * The '<em><b>Thresholds</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THRESHOLDS
	 * @model name="thresholds"
	 * @generated
	 * @ordered
	 */
	public static final int THRESHOLDS_VALUE = 2;

	/**
	 * The '<em><b>Target Rag</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_RAG
	 * @model name="targetRag" literal="target RAG"
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_RAG_VALUE = 3;

	/**
	 * The '<em><b>Comparator Position</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARATOR_POSITION
	 * @model name="comparatorPosition" literal="comparator position"
	 * @generated
	 * @ordered
	 */
	public static final int COMPARATOR_POSITION_VALUE = 4;

	/**
	 * An array of all the '<em><b>Indicator Scoring Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final IndicatorScoringMethod[] VALUES_ARRAY =
		new IndicatorScoringMethod[] {
			VALUE,
			NORMALISE,
			THRESHOLDS,
			TARGET_RAG,
			COMPARATOR_POSITION,
		};

	/**
	 * A public read-only list of all the '<em><b>Indicator Scoring Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<IndicatorScoringMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Indicator Scoring Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorScoringMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorScoringMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Scoring Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorScoringMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			IndicatorScoringMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Indicator Scoring Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static IndicatorScoringMethod get(int value) {
		switch (value) {
			case VALUE_VALUE: return VALUE;
			case NORMALISE_VALUE: return NORMALISE;
			case THRESHOLDS_VALUE: return THRESHOLDS;
			case TARGET_RAG_VALUE: return TARGET_RAG;
			case COMPARATOR_POSITION_VALUE: return COMPARATOR_POSITION;
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
	private IndicatorScoringMethod(int value, String name, String literal) {
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
	
} //IndicatorScoringMethod
