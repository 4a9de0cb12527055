"""Generates str-cases.txt: random strings run through str methods by CPython 3.12, for StrAlgorithmsTest.
Regenerate with:
    PYENV_VERSION=3.12.1 python3 src/test/resources/builtins/str_cases.py > src/test/resources/builtins/str-cases.txt
Format, one case per line, tab-separated: op, arguments..., expected. A string is its UTF-16 code units in hex
joined by ',' ('' for the empty string) prefixed with 's'; None is 'N'; ints are decimal; a list of strings is
'L' followed by its strings joined by '|'; a bool is 'T' or 'F'.
"""
import random

rng = random.Random(20261123)
ALPHABET = list("aaabbB  ,,--+01239\t\n\r") + ["\x0b", "\x1c", "\x85", "\xa0", "\u2028", "ß", "ǅ", "²", "½", "Σ", "é", "İ", "ﬁ", "x", "X", "_"]


def s(text):
    return "s" + ",".join("%x" % u for u in utf16(text))


def utf16(text):
    data = text.encode("utf-16-le")
    return [data[i] | data[i + 1] << 8 for i in range(0, len(data), 2)]


def enc(v):
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "T" if v else "F"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return s(v)
    if isinstance(v, (list, tuple)):
        return "L" + "|".join(s(x) for x in v)
    raise TypeError(v)


def text(n=None):
    n = rng.randint(0, 12) if n is None else n
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def small():
    return rng.randint(-6, 14)


def case(op, args, result):
    print("\t".join([op] + [enc(a) for a in args] + [enc(result)]))


for _ in range(1500):
    t = text()
    op = rng.choice(["split", "rsplit", "splitlines", "strip", "lstrip", "rstrip", "center", "ljust", "rjust",
                     "zfill", "expandtabs", "find", "rfind", "count", "startswith", "endswith", "replace", "title",
                     "capitalize", "swapcase", "upper", "lower", "isdigit", "isdecimal", "isnumeric", "isalpha",
                     "isalnum", "isspace", "isupper", "islower", "istitle", "partition", "rpartition"])
    if op in ("split", "rsplit"):
        sep = rng.choice([None, None, " ", ",", "-", "ab", "\n"])
        maxsplit = rng.choice([-1, -1, 0, 1, 2, 5])
        case(op, [t, sep, maxsplit], getattr(t, op)(sep, maxsplit))
    elif op == "splitlines":
        keep = rng.random() < 0.5
        case(op, [t, keep], t.splitlines(keep))
    elif op in ("strip", "lstrip", "rstrip"):
        chars = rng.choice([None, None, "a", "ab ", "-,", ""])
        case(op, [t, chars], getattr(t, op)(chars))
    elif op in ("center", "ljust", "rjust"):
        width = small()
        fill = rng.choice([" ", "*", "ß"])
        case(op, [t, width, fill], getattr(t, op)(width, fill))
    elif op == "zfill":
        t = rng.choice(["", "-", "+", "-4", "+12", "a", "--1"]) + text(rng.randint(0, 3))
        width = small()
        case(op, [t, width], t.zfill(width))
    elif op == "expandtabs":
        size = rng.choice([8, 4, 1, 0, -2, 3])
        case(op, [t, size], t.expandtabs(size))
    elif op in ("find", "rfind", "count", "startswith", "endswith"):
        sub = rng.choice(["", "a", "ab", " ", "b", "aa", "-", "\n"])
        start = rng.choice([0, 0, small(), -small()])
        end = rng.choice([100, 100, small(), -small()])
        case(op, [t, sub, start, end], getattr(t, op)(sub, start, end))
    elif op == "replace":
        old = rng.choice(["", "a", "ab", " ", "b", "aa"])
        new = rng.choice(["", "X", "--"])
        count = rng.choice([-1, -1, 0, 1, 2])
        case(op, [t, old, new, count], t.replace(old, new, count))
    elif op in ("partition", "rpartition"):
        sep = rng.choice(["a", "ab", " ", ",", "-"])
        case(op, [t, sep], getattr(t, op)(sep))
    else:
        case(op, [t], getattr(t, op)())
