class Weird:
    def __str__(self):
        return 42

    def __repr__(self):
        return "Weird()"


for f in (str, print, lambda w: f"{w}", lambda w: "%s" % w, lambda w: "{}".format(w)):
    try:
        f(Weird())
    except TypeError as e:
        print("TypeError:", e)


class BadRepr:
    def __repr__(self):
        return None


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
print([BadRepr()])
