package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import java.util.IdentityHashMap;

/**
 * Object identities that are the same on every run of the same program: {@code id()} numbers objects in the
 * order they are first asked about, and the default {@code hash()} of an object derives from its id as CPython's
 * {@code _Py_HashPointer} derives it from the address. (CPython's own values differ per process, so no program
 * can depend on them; ours are deterministic so sets of plain objects always iterate the same way.)
 */
public final class Identity {
    /** A plausible CPython-looking first address; ids step by 16 like 16-byte aligned allocations. */
    private static final long FIRST_ID = 0x7f3a_0000_0000L;

    private Identity() {
    }

    public static long id(RunContext ctx, PyObject o) {
        IdentityHashMap<PyObject, Long> ids = ctx.attachment(Identity.class, IdentityHashMap::new);
        Long id = ids.get(o);
        if (id == null) {
            id = FIRST_ID + 16L * ids.size();
            ids.put(o, id);
        }
        return id;
    }

    /** object.__hash__: the id rotated right by 4 bits, as {@code _Py_HashPointer}. */
    public static long hash(RunContext ctx, PyObject o) {
        long h = Long.rotateRight(id(ctx, o), 4);
        return h == -1 ? -2 : h;
    }
}
