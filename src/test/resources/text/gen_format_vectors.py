"""Generates format-vectors.tsv from CPython: repr(float) and format() of floats, ints and strs.

Regenerate (from the repository root):
    PYENV_VERSION=3.12.1 python3 src/test/resources/text/gen_format_vectors.py > src/test/resources/text/format-vectors.tsv

Columns (tab-separated): kind, value, spec, expected. Floats are given as the hex of their IEEE bits,
an expected starting with '!' is the exception CPython raised ("!ValueError: message").
"""
import random
import struct
import sys

rng = random.Random(20261123)


def bits(x):
    return format(struct.unpack('<Q', struct.pack('<d', x))[0], 'x')


def floats():
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 2.675, 0.125, 0.375, 1.5, 2.5, 1e16, 1e15,
           9999999999999998.0, 1e-4, 1e-5, 0.0001234, 123456789.0, 1e22, 1e23, 2e23, 5e-324, 2.2250738585072014e-308,
           1.7976931285762157e308, float('inf'), float('-inf'), float('nan'), 1234.5, -1234.5, 0.5, 0.05, 0.005,
           99.995, 1.005, 12345.678, 3.14159, float(2 ** 53), float(2 ** 53 + 2), 2.0 ** 70, 2.0 ** -30, 100.0, 1e100, 123.456e-10]
    for e in range(-1074, 1024, 7):
        out.append(2.0 ** e)
    for _ in range(1500):
        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
        if x == x:
            out.append(x)
    for _ in range(1500):
        out.append(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
    for _ in range(300):
        out.append(rng.random() * 10 ** rng.randint(-12, 22))
    return out


FLOAT_SPECS = ['', '.2f', '.0f', 'f', '.10f', 'e', '.3e', '.0e', '#.0e', 'E', 'g', '.3g', '.10g', '#g', '#.3g', 'G',
               '.1g', '%', '.1%', ',', ',.2f', '_.3f', '+', ' ', '+.2e', '10', '<10', '^11.3f', '=+12,.2f', '012.3f',
               '010', 'x>15.4g', 'z.1f', 'z', '.3', '.1', '#', '#.0f', 'n', '.5n', '020,.2f', '>', '-', '.17g', '.0%',
               'd', 'x', 's', ',n', '.', '5.2.3']
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_b', '_x', '#_x', '010', '08,', '+',
             ' ', '-', '+010d', '=+10', '^9', '<7', '>7', '*^12,', 'n', 'c', '5c', '05c', 'e', '.2f', '%', 'g', '.3',
             'z', ',x', 's', '#c', '+c', ',_', '#010_x', '.2e', 'G', '0=8']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.3', '+', '#', '=5', ',', 'z', 'd', '0',
             '05', '-<4', 'x^9.2', '\u00e9>6']
INTS = [0, 1, -1, 7, 42, -42, 255, 65, 1234, -1234, 1234567, 10 ** 20, -(10 ** 25), 2 ** 64, 0x10FFFF, 0x110000,
        10 ** 400, 8364]
STRS = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', 'x' * 12]


def run(fn):
    try:
        return fn()
    except Exception as e:
        return '!%s: %s' % (type(e).__name__, e)


def emit(kind, value, spec, result):
    assert '\t' not in result and '\n' not in result
    sys.stdout.write('%s\t%s\t%s\t%s\n' % (kind, value, spec, result))


def main():
    fs = floats()
    for x in fs:
        emit('repr', bits(x), '', repr(x))
    for x in fs[:200]:
        for spec in FLOAT_SPECS:
            emit('float', bits(x), spec, run(lambda: format(x, spec)))
    for n in INTS:
        for spec in INT_SPECS:
            emit('int', str(n), spec, run(lambda: format(n, spec)))
    for s in STRS:
        for spec in STR_SPECS:
            emit('str', s, spec, run(lambda: format(s, spec)))


main()
