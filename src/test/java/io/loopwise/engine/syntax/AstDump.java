package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Node;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders a tree in the text form that {@code src/test/resources/syntax/oracle.py} produces from CPython's own
 * {@code ast} module, so golden files compare our parser with CPython's node by node.
 */
final class AstDump {
    private AstDump() {
    }

    static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node, false);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v, boolean inFString) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(sb, list.get(i), inFString);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof Double d) {
            sb.append("f").append(Long.toHexString(Double.doubleToRawLongBits(d)));
        } else if (v instanceof BigInteger || v instanceof Integer) {
            sb.append(v);
        } else if (v instanceof byte[] bytes) {
            sb.append("b'");
            for (byte b : bytes) {
                sb.append(String.format("%02x", b & 0xff));
            }
            sb.append('\'');
        } else if (v instanceof Enum<?> e) {
            sb.append(e.name());
        } else if (v instanceof Record r) {
            sb.append(r.getClass().getSimpleName());
            if (r instanceof Node n) {
                sb.append('@');
                sb.append(inFString ? "?" : n.line() + ":" + n.col());
            }
            boolean inner = inFString || r instanceof Expr.JoinedStr;
            sb.append('(');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                String name = c.getName();
                if (name.equals("line") || name.equals("col")) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(name).append('=');
                try {
                    boolean childInner = inner && !(r instanceof Expr.FormattedValue && name.equals("value"));
                    write(sb, c.getAccessor().invoke(r), childInner);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(')');
        } else {
            throw new IllegalArgumentException("cannot dump " + v.getClass());
        }
    }

    /** JSON-style quoting with non-ASCII as \\uXXXX, identical to Python's json.dumps(ensure_ascii=True). */
    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
