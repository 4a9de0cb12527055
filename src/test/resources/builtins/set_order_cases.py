"""Generates set-order.cases: random add/discard/pop/copy/update sequences on int, float and tuple keys and the
iteration order CPython 3.12 gives. Regenerate with:
    PYENV_VERSION=3.12.1 python3 src/test/resources/builtins/set_order_cases.py > src/test/resources/builtins/set-order.cases
"""
import random

rng = random.Random(20261123)


def key():
    kind = rng.random()
    if kind < 0.6:
        return rng.randint(-20, 300)
    if kind < 0.75:
        return rng.getrandbits(rng.randint(1, 90)) * rng.choice((1, -1))
    if kind < 0.9:
        return rng.choice((0.5, 1.0, -2.25, 1e20, 3.125, 2.0 ** -30, 7.0))
    return (rng.randint(-3, 3), rng.randint(0, 3))


def text(k):
    return repr(k).replace(' ', '')


print('# ops (a=add d=discard p=pop c=copy u=update-from-list) then CPython\'s iteration order')
for _ in range(400):
    s = set()
    ops = []
    for _ in range(rng.randint(0, 70)):
        r = rng.random()
        if r < 0.6:
            k = key(); s.add(k); ops.append('a' + text(k))
        elif r < 0.8:
            k = key(); s.discard(k); ops.append('d' + text(k))
        elif r < 0.88:
            if s:
                s.pop(); ops.append('p')
        elif r < 0.94:
            s = s.copy(); ops.append('c')
        else:
            ks = [key() for _ in range(rng.randint(1, 6))]
            s.update(ks); ops.append('u' + '|'.join(text(k) for k in ks))
    print(' '.join(ops))
    print(' '.join(text(k) for k in s))
