package io.loopwise.engine.runtime;

/**
 * A builtin callable implemented in Java. When {@code isMethod}, it is a method descriptor of {@code owner}:
 * reading it from an instance binds the instance as {@code args[0]}.
 */
public final class PyNativeFunction extends PyObject {
    private final String name;
    private final PyType owner;
    private final NativeBody body;
    private final boolean isMethod;
    private String module = "builtins";
    private boolean holdsOnlyArguments;

    public PyNativeFunction(String name, PyType owner, NativeBody body, boolean isMethod) {
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.isMethod = isMethod;
    }

    /** A free builtin function (no self). */
    public static PyNativeFunction of(String name, NativeBody body) {
        return new PyNativeFunction(name, null, body, false);
    }

    PyNativeFunction inModule(String moduleName) {
        this.module = moduleName;
        return this;
    }

    /**
     * Marks a native that keeps no Python object of its own while it runs Python code ({@code next}, a
     * generator's {@code send}): the VM's generator finalisation need not wait for it to return.
     */
    public PyNativeFunction markHoldsOnlyArguments() {
        holdsOnlyArguments = true;
        return this;
    }

    public boolean holdsOnlyArguments() {
        return holdsOnlyArguments;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    public String module() {
        return module;
    }

    public boolean isMethod() {
        return isMethod;
    }

    public NativeBody body() {
        return body;
    }

    @Override
    public PyType type() {
        return isMethod ? BuiltinTypes.METHOD_DESCRIPTOR : BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Override
    public PyObject descriptorGet(PyObject instance, PyType ownerType) {
        return isMethod && instance != null ? new PyMethod(instance, this) : this;
    }

    @Override
    public boolean isMethodDescriptor() {
        return isMethod;
    }

    @Override
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        if (isMethod && owner != null) {
            int positional = args.length - (kwNames == null ? 0 : kwNames.length);
            if (positional == 0) {
                throw PyException.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
            }
            if (!args[0].type().isSubtypeOf(owner)) {
                throw PyException.typeError("descriptor '" + name + "' for '" + owner.name()
                        + "' objects doesn't apply to a '" + args[0].type().name() + "' object");
            }
        }
        return body.call(ctx, args, kwNames);
    }

    @Override
    public String toString() {
        return isMethod ? "<method '" + name + "' of '" + owner.name() + "' objects>" : "<built-in function " + name + ">";
    }
}
