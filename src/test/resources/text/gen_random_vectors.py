"""Generates random-vectors.txt from CPython's random module.

Regenerate (from the repository root):
    PYENV_VERSION=3.12.1 python3 src/test/resources/text/gen_random_vectors.py > src/test/resources/text/random-vectors.txt

Each line is "op args... => result", executed in order on one generator. Floats are the hex of their IEEE
bits, lists are comma-separated, '!' marks the exception CPython raised.
"""
import random
import struct

r = random.Random()


def bits(x):
    return format(struct.unpack('<Q', struct.pack('<d', x))[0], 'x')


def run(line, fn):
    try:
        out = fn()
    except Exception as e:
        out = '!%s: %s' % (type(e).__name__, e)
    print(line + ' => ' + str(out))


SEEDS = [('int', 0), ('int', 1), ('int', 42), ('int', -42), ('int', 2 ** 32), ('int', 2 ** 40 + 7),
         ('int', 10 ** 30 + 12345), ('str', 'hello'), ('str', 'caf\u00e9'), ('bytes', b'\x00\xffabc')]

for kind, value in SEEDS:
    if kind == 'bytes':
        r.seed(value)
        print('seed bytes ' + value.hex())
    else:
        r.seed(value)
        print('seed %s %s' % (kind, value))
    for _ in range(3):
        run('random', lambda: bits(r.random()))
    for k in (0, 1, 8, 31, 32, 33, 63, 64, 65, 100, 200):
        run('getrandbits %d' % k, lambda: r.getrandbits(k))
    for n in (1, 2, 3, 10, 100, 2 ** 31, 2 ** 62 + 1, 2 ** 70 + 3):
        run('randrange %d' % n, lambda: r.randrange(n))
    for a, b, c in ((0, 10, 1), (5, 50, 5), (10, 0, -3), (-100, 100, 7), (0, 0, 1), (3, 10, 0), (10, 5, 2)):
        run('randrange3 %d %d %d' % (a, b, c), lambda: r.randrange(a, b, c))
    run('randrange 0', lambda: r.randrange(0))
    for a, b in ((1, 6), (0, 0), (-5, 5), (1, 10 ** 20), (5, 4)):
        run('randint %d %d' % (a, b), lambda: r.randint(a, b))
    for n in (1, 5, 52):
        run('choice %d' % n, lambda: list(range(n)).index(r.choice(range(n))))
    run('choice 0', lambda: r.choice([]))
    for n in (0, 1, 2, 10, 30):
        def shuffled():
            x = list(range(n))
            r.shuffle(x)
            return ','.join(map(str, x))
        run('shuffle %d' % n, shuffled)
    for n, k in ((10, 3), (20, 5), (26, 25), (1000, 10), (100, 100), (5, 6)):
        run('sample %d %d' % (n, k), lambda: ','.join(map(str, r.sample(range(n), k))))
    for n, k in ((10, 5), (3, 8)):
        run('choices %d %d' % (n, k), lambda: ','.join(map(str, r.choices(range(n), k=k))))
    run('choicesw 1,2,3,4 6', lambda: ','.join(map(str, r.choices(range(4), weights=[1, 2, 3, 4], k=6))))
    run('choicesw 0.5,0,2.5 4', lambda: ','.join(map(str, r.choices(range(3), weights=[0.5, 0, 2.5], k=4))))
    for a, b in ((0.0, 1.0), (1.5, 2.5), (10.0, -10.0)):
        run('uniform %r %r' % (a, b), lambda: bits(r.uniform(a, b)))
    for _ in range(3):
        run('gauss 0.0 1.0', lambda: bits(r.gauss(0.0, 1.0)))
        run('normalvariate 10.0 2.5', lambda: bits(r.normalvariate(10.0, 2.5)))
        run('expovariate 1.5', lambda: bits(r.expovariate(1.5)))
        run('triangular 0.0 10.0 nan', lambda: bits(r.triangular(0.0, 10.0)))
        run('triangular 1.0 3.0 2.5', lambda: bits(r.triangular(1.0, 3.0, 2.5)))
    for _ in range(200):
        run('gauss 5.0 0.5', lambda: bits(r.gauss(5.0, 0.5)))
        run('normalvariate 0.0 1.0', lambda: bits(r.normalvariate(0.0, 1.0)))
        run('expovariate 0.25', lambda: bits(r.expovariate(0.25)))
