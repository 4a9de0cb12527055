"""Generates template-vectors.tsv: CPython's results for template.format(*args, **kwargs).

Regenerate (from the repository root):
    PYENV_VERSION=3.12.1 python3 src/test/resources/text/gen_template_vectors.py > src/test/resources/text/template-vectors.tsv

Columns: template, positional args tuple literal, keyword args dict literal, expected or '!Type: message'.
"""
CASES = [
    ('{}', (1,), {}), ('{} {}', (1, 'a'), {}), ('{0}{1}{0}', ('x', 'y'), {}), ('{a} {b!r}', (), {'a': 1, 'b': 'q'}),
    ('{:>5}|{:<5}|{:^5}', (1, 'ab', 2.5), {}), ('{0:{1}}', (3.14159, '.2f'), {}), ('{:{}}', (1, 5), {}),
    ('{:{}.{}f}', (2.675, 8, 2), {}), ('{!r:>{w}}', ('a',), {'w': 5}), ('{0[1]}', (['p', 'q'],), {}),
    ('{0[1]}', ('xy',), {}), ('{d[k]}', (), {'d': {'k': 'v'}}), ('{.real}', (5,), {}), ('{[0]}', ([7],), {}),
    ('a{{b}}c', (), {}), ('{{}}', (), {}), ('{:}}}', (1,), {}), ('{0:{{}}}', (1,), {}), ('{', (), {}),
    ('}', (), {}), ('x}y', (), {}), ('{0', (1,), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{}{1}', (1, 2), {}),
    ('{1}{}', (1, 2), {}), ('{0!x}', (1,), {}), ('{0!}', (1,), {}), ('{0!rr}', (1,), {}), ('{0.}', (1,), {}),
    ('{0[}', (1,), {}), ('{0[]}', ([1],), {}), ('{0[0]x}', ([1],), {}), ('{0{}', (1,), {}), ('{5}', (1,), {}),
    ('{x}', (1,), {}), ('{00}', (1,), {}), ('{-1}', (1,), {}), ('{0 }', (1,), {}), ('{0!r }', (1,), {}),
    ('{:,}', (1234567,), {}), ('{:_b}', (10,), {}), ('{:08.3f}', (-3.14159,), {}), ('{:%}', (0.25,), {}),
    ('{!s:^7}', ('ab',), {}), ('{!a}', ('caf\u00e9',), {}), ('{0}{0!r}{0!s}', ('z',), {}), ('{:d}', ('s',), {}),
    ('{:x}', (255,), {}), ('ok {} then {', (1,), {}), ('{5} and {', (1,), {}), ('{0.}', ([1],), {}),
    ('{:{}}', (1,), {}), ('{:.{}}', ('abcdef', 3), {}), ('{:e}', (12345,), {}), ('{:n}', (1234.5,), {}),
]


def literal(v):
    if isinstance(v, tuple):
        return '(' + ''.join(literal(x) + ', ' for x in v) + ')'
    if isinstance(v, list):
        return '[' + ', '.join(literal(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join(literal(k) + ': ' + literal(x) for k, x in v.items()) + '}'
    return repr(v)


for template, args, kwargs in CASES:
    try:
        out = template.format(*args, **kwargs)
    except Exception as e:
        out = '!%s: %s' % (type(e).__name__, e)
    print('%s\t%s\t%s\t%s' % (template, literal(args), literal(kwargs), out))
