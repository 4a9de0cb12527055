package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearisation of a class hierarchy, as CPython's {@code mro_implementation}. */
final class Mro {
    private Mro() {
    }

    static PyType[] linearize(PyType type, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mroArray())));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(type);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder names = new StringBuilder();
                for (PyType b : bases) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.name());
                }
                throw PyException.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                        + names);
            }
            out.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
