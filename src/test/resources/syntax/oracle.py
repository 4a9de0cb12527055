"""Produces the golden expectations for the parser tests from CPython itself.

Regenerate (from the repository root):
    PYENV_VERSION=3.12.1 python3 src/test/resources/syntax/oracle.py src/test/resources/syntax

For every ok/NAME.py writes ok/NAME.ast: CPython's ast of the file rendered in the shape of our
io.loopwise.engine.ast records (see AstDump.java). For every errors/NAME.py writes errors/NAME.err:
"Type line:col: message" of the SyntaxError CPython's compile() raises (col is CPython's 1-based offset).
"""
import ast
import json
import os
import re
import struct
import sys

STMT = {
    'FunctionDef': lambda n: ('FunctionDef', [('name', n.name), ('args', args(n.args)), ('body', n.body),
                                              ('decorators', n.decorator_list), ('returns', n.returns),
                                              ('isAsync', False)]),
    'AsyncFunctionDef': lambda n: ('FunctionDef', [('name', n.name), ('args', args(n.args)), ('body', n.body),
                                                   ('decorators', n.decorator_list), ('returns', n.returns),
                                                   ('isAsync', True)]),
    'ClassDef': lambda n: ('ClassDef', [('name', n.name), ('bases', n.bases), ('keywords', n.keywords),
                                        ('body', n.body), ('decorators', n.decorator_list)]),
    'Return': lambda n: ('Return', [('value', n.value)]),
    'Delete': lambda n: ('Delete', [('targets', n.targets)]),
    'Assign': lambda n: ('Assign', [('targets', n.targets), ('value', n.value)]),
    'AugAssign': lambda n: ('AugAssign', [('target', n.target), ('op', n.op), ('value', n.value)]),
    'AnnAssign': lambda n: ('AnnAssign', [('target', n.target), ('annotation', n.annotation), ('value', n.value),
                                          ('simple', bool(n.simple))]),
    'For': lambda n: ('For', [('target', n.target), ('iter', n.iter), ('body', n.body), ('orelse', n.orelse),
                              ('isAsync', False)]),
    'AsyncFor': lambda n: ('For', [('target', n.target), ('iter', n.iter), ('body', n.body), ('orelse', n.orelse),
                                   ('isAsync', True)]),
    'While': lambda n: ('While', [('test', n.test), ('body', n.body), ('orelse', n.orelse)]),
    'If': lambda n: ('If', [('test', n.test), ('body', n.body), ('orelse', n.orelse)]),
    'With': lambda n: ('With', [('items', n.items), ('body', n.body), ('isAsync', False)]),
    'AsyncWith': lambda n: ('With', [('items', n.items), ('body', n.body), ('isAsync', True)]),
    'Raise': lambda n: ('Raise', [('exc', n.exc), ('cause', n.cause)]),
    'Try': lambda n: ('Try', [('body', n.body), ('handlers', n.handlers), ('orelse', n.orelse),
                              ('finalbody', n.finalbody), ('isStar', False)]),
    'TryStar': lambda n: ('Try', [('body', n.body), ('handlers', n.handlers), ('orelse', n.orelse),
                                  ('finalbody', n.finalbody), ('isStar', True)]),
    'Assert': lambda n: ('Assert', [('test', n.test), ('msg', n.msg)]),
    'Import': lambda n: ('Import', [('names', n.names)]),
    'ImportFrom': lambda n: ('ImportFrom', [('module', n.module), ('names', n.names), ('level', n.level)]),
    'Global': lambda n: ('Global', [('names', n.names)]),
    'Nonlocal': lambda n: ('Nonlocal', [('names', n.names)]),
    'Expr': lambda n: ('ExprStmt', [('value', n.value)]),
    'Pass': lambda n: ('Pass', []),
    'Break': lambda n: ('Break', []),
    'Continue': lambda n: ('Continue', []),
}

EXPR = {
    'BoolOp': lambda n: ('BoolOp', [('op', n.op), ('values', n.values)]),
    'NamedExpr': lambda n: ('NamedExpr', [('target', n.target), ('value', n.value)]),
    'BinOp': lambda n: ('BinOp', [('left', n.left), ('op', n.op), ('right', n.right)]),
    'UnaryOp': lambda n: ('UnaryOp', [('op', n.op), ('operand', n.operand)]),
    'Lambda': lambda n: ('Lambda', [('args', args(n.args)), ('body', n.body)]),
    'IfExp': lambda n: ('IfExp', [('test', n.test), ('body', n.body), ('orelse', n.orelse)]),
    'Dict': lambda n: ('DictExpr', [('keys', n.keys), ('values', n.values)]),
    'Set': lambda n: ('SetExpr', [('elts', n.elts)]),
    'List': lambda n: ('ListExpr', [('elts', n.elts)]),
    'Tuple': lambda n: ('TupleExpr', [('elts', n.elts)]),
    'ListComp': lambda n: ('ListComp', [('elt', n.elt), ('generators', n.generators)]),
    'SetComp': lambda n: ('SetComp', [('elt', n.elt), ('generators', n.generators)]),
    'DictComp': lambda n: ('DictComp', [('key', n.key), ('value', n.value), ('generators', n.generators)]),
    'GeneratorExp': lambda n: ('GeneratorExp', [('elt', n.elt), ('generators', n.generators)]),
    'Await': lambda n: ('Await', [('value', n.value)]),
    'Yield': lambda n: ('Yield', [('value', n.value)]),
    'YieldFrom': lambda n: ('YieldFrom', [('value', n.value)]),
    'Compare': lambda n: ('Compare', [('left', n.left), ('ops', n.ops), ('comparators', n.comparators)]),
    'Call': lambda n: ('Call', [('func', n.func), ('args', n.args), ('keywords', n.keywords)]),
    'FormattedValue': lambda n: ('FormattedValue', [('value', n.value), ('conversion', n.conversion),
                                                    ('formatSpec', n.format_spec)]),
    'JoinedStr': lambda n: ('JoinedStr', [('values', n.values)]),
    'Attribute': lambda n: ('Attribute', [('value', n.value), ('attr', n.attr)]),
    'Subscript': lambda n: ('Subscript', [('value', n.value), ('slice', n.slice)]),
    'Slice': lambda n: ('Slice', [('lower', n.lower), ('upper', n.upper), ('step', n.step)]),
    'Starred': lambda n: ('Starred', [('value', n.value)]),
    'Name': lambda n: ('Name', [('id', n.id)]),
}


def constant(n):
    v = n.value
    if v is None:
        return 'NoneConst', []
    if v is Ellipsis:
        return 'EllipsisConst', []
    if isinstance(v, bool):
        return 'BoolConst', [('value', v)]
    if isinstance(v, int):
        return 'IntConst', [('value', v)]
    if isinstance(v, float):
        return 'FloatConst', [('value', v)]
    if isinstance(v, str):
        return 'StrConst', [('value', v)]
    if isinstance(v, bytes):
        return 'BytesConst', [('value', v)]
    raise ValueError(repr(v))


def args(a):
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + a.defaults
    params = [param(p, d) for p, d in zip(positional, defaults)]
    return ('Arguments', [('posOnly', params[:len(a.posonlyargs)]), ('args', params[len(a.posonlyargs):]),
                          ('vararg', param(a.vararg, None) if a.vararg else None),
                          ('kwOnly', [param(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)]),
                          ('kwarg', param(a.kwarg, None) if a.kwarg else None)], None)


def param(p, default):
    return ('Param', [('name', p.arg), ('annotation', p.annotation), ('defaultValue', default)], p)


def camel_to_enum(name):
    return re.sub(r'(?<=[a-z])(?=[A-Z])', '_', name).upper()


ENUMS = {'LtE': 'LT_E', 'GtE': 'GT_E', 'NotEq': 'NOT_EQ', 'IsNot': 'IS_NOT', 'NotIn': 'NOT_IN',
         'FloorDiv': 'FLOORDIV', 'MatMult': 'MATMULT', 'LShift': 'LSHIFT', 'RShift': 'RSHIFT',
         'BitOr': 'BITOR', 'BitXor': 'BITXOR', 'BitAnd': 'BITAND', 'UAdd': 'UADD', 'USub': 'USUB'}


def write(v, in_f=False):
    if v is None:
        return 'None'
    if isinstance(v, list):
        return '[' + ', '.join(write(x, in_f) for x in v) + ']'
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return 'f' + format(struct.unpack('<Q', struct.pack('<d', v))[0], 'x')
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=True)
    if isinstance(v, bytes):
        return "b'" + v.hex() + "'"
    if isinstance(v, tuple):
        name, fields, pos = v
        return render(name, fields, pos, in_f)
    if isinstance(v, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
        t = type(v).__name__
        return ENUMS.get(t, t.upper())
    if isinstance(v, ast.AST):
        t = type(v).__name__
        if t == 'Constant':
            name, fields = constant(v)
        elif t in STMT:
            name, fields = STMT[t](v)
        elif t in EXPR:
            name, fields = EXPR[t](v)
        elif t == 'keyword':
            name, fields = 'Keyword', [('arg', v.arg), ('value', v.value)]
        elif t == 'comprehension':
            return render('Comprehension', [('target', v.target), ('iter', v.iter), ('ifs', v.ifs),
                                            ('isAsync', bool(v.is_async))], None, in_f)
        elif t == 'ExceptHandler':
            name, fields = 'ExceptHandler', [('type', v.type), ('name', v.name), ('body', v.body)]
        elif t == 'withitem':
            return render('WithItem', [('contextExpr', v.context_expr), ('optionalVars', v.optional_vars)],
                          None, in_f)
        elif t == 'alias':
            name, fields = 'Alias', [('name', v.name), ('asName', v.asname)]
        else:
            raise ValueError(t)
        return render(name, fields, v, in_f)
    raise ValueError(repr(v))


LINES = []


def char_col(lineno, col_offset):
    """CPython's col_offset counts UTF-8 bytes; our columns count characters, as SyntaxError offsets do."""
    return len(LINES[lineno - 1].encode('utf-8')[:col_offset].decode('utf-8')) + 1


def render(name, fields, pos, in_f):
    out = name
    if pos is not None:
        out += '@' + ('?' if in_f else '%d:%d' % (pos.lineno, char_col(pos.lineno, pos.col_offset)))
    inner = in_f or name == 'JoinedStr'
    parts = []
    for fname, fv in fields:
        child_inner = inner and not (name == 'FormattedValue' and fname == 'value')
        parts.append(fname + '=' + write(fv, child_inner))
    return out + '(' + ', '.join(parts) + ')'


def main(root):
    for name in sorted(os.listdir(os.path.join(root, 'ok'))):
        if name.endswith('.py'):
            path = os.path.join(root, 'ok', name)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            tree = ast.parse(text)
            compile(tree, path, 'exec')
            LINES[:] = text.split('\n')
            body = '\n'.join(write(s) for s in tree.body)
            with open(path[:-3] + '.ast', 'w', encoding='utf-8') as f:
                f.write(body + '\n')
    for name in sorted(os.listdir(os.path.join(root, 'errors'))):
        if name.endswith('.py'):
            path = os.path.join(root, 'errors', name)
            with open(path, encoding='utf-8') as f:
                src = f.read()
            try:
                compile(src, '<program>', 'exec')
                raise SystemExit(path + ' compiles without error in CPython')
            except SyntaxError as e:
                with open(path[:-3] + '.err', 'w', encoding='utf-8') as f:
                    f.write('%s %d:%d: %s\n' % (type(e).__name__, e.lineno, e.offset, e.msg))


if __name__ == '__main__':
    main(sys.argv[1])
