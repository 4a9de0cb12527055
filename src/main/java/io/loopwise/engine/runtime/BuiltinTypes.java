package io.loopwise.engine.runtime;

/**
 * The builtin types of the object model, created once per JVM. {@link Bootstrap} adds their native methods;
 * afterwards the types are immutable and shared by every run.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {
    }

    public static final PyType OBJECT = PyType.builtin("object", null);
    public static final PyType TYPE = PyType.builtin("type", OBJECT);
    public static final PyType INT = PyType.builtin("int", OBJECT);
    public static final PyType BOOL = PyType.builtin("bool", INT).notSubclassable();
    public static final PyType FLOAT = PyType.builtin("float", OBJECT);
    public static final PyType STR = PyType.builtin("str", OBJECT);
    public static final PyType LIST = PyType.builtin("list", OBJECT);
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT);
    public static final PyType DICT = PyType.builtin("dict", OBJECT);
    public static final PyType SET = PyType.builtin("set", OBJECT);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT).notSubclassable();
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT).notSubclassable();
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT).notSubclassable();
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT).notSubclassable();
    public static final PyType BUILTIN_FUNCTION =
            PyType.builtin("builtin_function_or_method", OBJECT).notSubclassable();
    public static final PyType METHOD = PyType.builtin("method", OBJECT).notSubclassable();
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT).notSubclassable();
    public static final PyType GETSET_DESCRIPTOR = PyType.builtin("getset_descriptor", OBJECT).notSubclassable();
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT);
    public static final PyType MODULE = PyType.builtin("module", OBJECT).notSubclassable();
    public static final PyType CELL = PyType.builtin("cell", OBJECT).notSubclassable();
    public static final PyType SLICE = PyType.builtin("slice", OBJECT).notSubclassable();
    public static final PyType RANGE = PyType.builtin("range", OBJECT).notSubclassable();
    public static final PyType SUPER = PyType.builtin("super", OBJECT).notSubclassable();
    public static final PyType GENERATOR = PyType.builtin("generator", OBJECT).notSubclassable();
    public static final PyType COROUTINE = PyType.builtin("coroutine", OBJECT).notSubclassable();
    public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", OBJECT).notSubclassable();
    public static final PyType TRACEBACK = PyType.builtin("traceback", OBJECT).notSubclassable();
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", OBJECT).notSubclassable();
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", OBJECT).notSubclassable();
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", OBJECT).notSubclassable();
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", OBJECT).notSubclassable();
    public static final PyType DICT_KEY_ITERATOR = PyType.builtin("dict_keyiterator", OBJECT).notSubclassable();
    public static final PyType SET_ITERATOR = PyType.builtin("set_iterator", OBJECT).notSubclassable();
    public static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", OBJECT).notSubclassable();

    /** Completes every builtin type (core, exceptions, lib's methods) before the first run uses them. */
    public static void init() {
        Bootstrap.ensure();
    }
}
