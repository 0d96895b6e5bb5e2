/**
 */
package org.framewright.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Input Selection</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.framewright.model.FrameworkPackage#getInputSelection()
 * @model
 * @generated
 */
public enum InputSelection implements Enumerator {
	/**
	 * The '<em><b>Children</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The child areas (for overall: the top-level areas).
	 * <!-- end-model-doc -->
	 * @see #CHILDREN_VALUE
	 * @generated
	 * @ordered
	 */
	CHILDREN(0, "children", "children"),

	/**
	 * The '<em><b>Indicators</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDICATORS_VALUE
	 * @generated
	 * @ordered
	 */
	INDICATORS(1, "indicators", "indicators"),

	/**
	 * The '<em><b>Leaf Areas</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAF_AREAS_VALUE
	 * @generated
	 * @ordered
	 */
	LEAF_AREAS(2, "leafAreas", "leaf areas"),

	/**
	 * The '<em><b>Groups</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's own values per disaggregation (e.g. CSCI client groups).
	 * <!-- end-model-doc -->
	 * @see #GROUPS_VALUE
	 * @generated
	 * @ordered
	 */
	GROUPS(3, "groups", "groups"),

	/**
	 * The '<em><b>Evidence Categories</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE_CATEGORIES_VALUE
	 * @generated
	 * @ordered
	 */
	EVIDENCE_CATEGORIES(4, "evidenceCategories", "evidence categories"),

	/**
	 * The '<em><b>Direct</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's own value as given in the data (e.g. an inspector's judged grade).
	 * <!-- end-model-doc -->
	 * @see #DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT(5, "direct", "direct");

	/**
	 * The '<em><b>Children</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The child areas (for overall: the top-level areas).
	 * <!-- end-model-doc -->
	 * @see #CHILDREN
	 * @model name="children"
	 * @generated
	 * @ordered
	 */
	public static final int CHILDREN_VALUE = 0;

	/**
	 * The '<em><b>Indicators</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INDICATORS
	 * @model name="indicators"
	 * @generated
	 * @ordered
	 */
	public static final int INDICATORS_VALUE = 1;

	/**
	 * The '<em><b>Leaf Areas</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAF_AREAS
	 * @model name="leafAreas" literal="leaf areas"
	 * @generated
	 * @ordered
	 */
	public static final int LEAF_AREAS_VALUE = 2;

	/**
	 * The '<em><b>Groups</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's own values per disaggregation (e.g. CSCI client groups).
	 * <!-- end-model-doc -->
	 * @see #GROUPS
	 * @model name="groups"
	 * @generated
	 * @ordered
	 */
	public static final int GROUPS_VALUE = 3;

	/**
	 * The '<em><b>Evidence Categories</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVIDENCE_CATEGORIES
	 * @model name="evidenceCategories" literal="evidence categories"
	 * @generated
	 * @ordered
	 */
	public static final int EVIDENCE_CATEGORIES_VALUE = 4;

	/**
	 * The '<em><b>Direct</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node's own value as given in the data (e.g. an inspector's judged grade).
	 * <!-- end-model-doc -->
	 * @see #DIRECT
	 * @model name="direct"
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Input Selection</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InputSelection[] VALUES_ARRAY =
		new InputSelection[] {
			CHILDREN,
			INDICATORS,
			LEAF_AREAS,
			GROUPS,
			EVIDENCE_CATEGORIES,
			DIRECT,
		};

	/**
	 * A public read-only list of all the '<em><b>Input Selection</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InputSelection> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Input Selection</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputSelection get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputSelection result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Selection</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputSelection getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InputSelection result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Input Selection</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InputSelection get(int value) {
		switch (value) {
			case CHILDREN_VALUE: return CHILDREN;
			case INDICATORS_VALUE: return INDICATORS;
			case LEAF_AREAS_VALUE: return LEAF_AREAS;
			case GROUPS_VALUE: return GROUPS;
			case EVIDENCE_CATEGORIES_VALUE: return EVIDENCE_CATEGORIES;
			case DIRECT_VALUE: return DIRECT;
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
	private InputSelection(int value, String name, String literal) {
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
	
} //InputSelection
