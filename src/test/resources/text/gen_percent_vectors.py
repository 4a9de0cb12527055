"""Generates percent-vectors.tsv: CPython's results for str % args.

Regenerate (from the repository root):
    PYENV_VERSION=3.12.1 python3 src/test/resources/text/gen_percent_vectors.py > src/test/resources/text/percent-vectors.tsv

Columns: template, right operand as a Python literal (ints, floats, 'strings', None, True, False, tuples,
dicts with str keys, lists), expected result or '!Type: message'.
"""
import itertools

VALUES = [0, 1, -1, 42, -255, 255, 10 ** 20, 3.99, -3.14159, 2.675, 0.5, 1e-5, 1e20, 12345.678, -0.0,
          float('inf'), float('nan'), 'abc', 'x', '', None, True, False, 65, 0x110000]
CONVERSIONS = ['s', 'r', 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c']
SPECS = ['', '5', '-5', '05', '+', ' ', '#', '.2', '10.3', '-+8.1', '#08', '+05', ' 7.0', '#.0', '*', '.*', '-*']

TEMPLATES = [
    ('%s %s', (1, 2)), ('%s', (1, 2)), ('%s %s', (1,)), ('abc', 5), ('abc', [1]), ('abc', {}), ('%s', ()),
    ('%(a)s and %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s %s', {'a': 1}), ('%(a)s', 1), ('%(a', {'a': 1}),
    ('100%%', ()), ('%d%%', 5), ('%', ()), ('%y', 1), ('%*d', ('x', 1)), ('%*d|', (-5, 1)),
    ('%.*f', (-2, 1.5)), ('%c%c', (65, 'B')), ('%c', 'ab'), ('%c', 1.5), ('%s', (('nested', 1),)),
    ('%(x)s %(x)r', {'x': 'v'}), ('%(a)d', {'a': 'x'}), ('%5.1s|', 'abc'), ('%-08d|', 5), ('%s', None),
    ('%.3d', -5), ('%010.3f', -3.14159), ('%#.0f %g %G %e', (2.0, 1e-5, 1e20, 12345.678)),
    ('%(a)s %(b)s', {'a': 1}), ('no format', ()), ('%5%', ()), ('%r', ('quote"d',)),
]


def literal(v):
    if isinstance(v, float) and v != v:
        return "float('nan')"
    if isinstance(v, float) and v in (float('inf'), float('-inf')):
        return "float('%s')" % v
    if isinstance(v, tuple):
        return '(' + ''.join(literal(x) + ', ' for x in v) + ')'
    if isinstance(v, list):
        return '[' + ', '.join(literal(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join(literal(k) + ': ' + literal(x) for k, x in v.items()) + '}'
    return repr(v)


def run(template, args):
    try:
        out = template % args
    except Exception as e:
        out = '!%s: %s' % (type(e).__name__, e)
    assert '\t' not in out and '\n' not in out
    print('%s\t%s\t%s' % (template, literal(args), out))


for value, conv, spec in itertools.product(VALUES, CONVERSIONS, SPECS):
    template = '%' + spec + conv
    args = (value,)
    if '*' in spec:
        args = (7, value) if spec != '-*' else (-7, value)
        if spec == '.*':
            args = (3, value)
    run(template, args)
for template, args in TEMPLATES:
    run(template, args)
