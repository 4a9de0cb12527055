print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"))
print(["a", 'b'], ("x",), {"k": "v"}, [1.0, None, True], {1: (2, 3)}, [[], {}])
print(str(["a"]), repr([["nested", 'q"']]), repr(()), repr((1,)), repr(set()))
class P:
    def __repr__(self):
        return "P()"
print([P(), P()], {"p": P()}, (P(),))
print(f"{P()!r} {[1, 2]} {'s'!r}")
