package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An asyncio object a user class may subclass ({@code class TrackedLock(asyncio.Lock)}): it carries its Python class
 * and, as an instance of a user class, an attribute dictionary. Where CPython's own code calls an overridable method
 * on {@code self} ({@code __aenter__} awaiting {@code self.acquire()}, {@code Queue.put} returning
 * {@code self.put_nowait(item)}), the native code calls a user override instead.
 */
abstract class Subclassable extends PyObject {
    private PyType userType;
    private Map<String, PyObject> dict;

    /** The builtin class this object is an instance of when no user subclass was instantiated. */
    protected abstract PyType nativeType();

    @Override
    public PyType type() {
        return userType != null ? userType : nativeType();
    }

    /** Records the class a constructor was called on; returns this for chaining. */
    <T extends Subclassable> T of(PyType cls) {
        if (!cls.isBuiltin()) {
            userType = cls;
        }
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (userType == null) {
            return null;
        }
        if (dict == null) {
            dict = new LinkedHashMap<>(8);
        }
        return dict;
    }

    /** Whether a user subclass overrides {@code name}, so CPython's {@code self.name(...)} reaches the override. */
    boolean overrides(String name) {
        return userType != null && userType.overriddenByUser(name);
    }

    /** {@code self.name(*args)} through normal attribute lookup. */
    PyObject callSelf(RunContext ctx, String name, PyObject... args) {
        return Calls.callMethod(ctx, this, name, args);
    }

    /** Whether a constructor called on {@code cls} must leave initialisation to the user's {@code __init__}. */
    static boolean userInit(PyType cls) {
        return !cls.isBuiltin() && cls.overriddenByUser("__init__");
    }

    /** {@code _ContextManagerMixin.__aenter__} when {@code acquire} is overridden: await it, return None. */
    static NativeCoroutine awaitAndReturnNone(RunContext ctx, String qualname, PyObject awaitable) {
        return new AwaitWrapper(ctx, qualname, awaitable, PyNone.NONE);
    }
}
