inventory = {"apple": 3, 7: "seven", (1, 2): "pair"}
for key in ["pear", 8, (2, 1), None, "", 'it\'s']:
    try:
        inventory[key]
    except KeyError as e:
        print("KeyError:", e, "| repr:", repr(e), "| args:", e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(5)
except KeyError as e:
    print("set.remove:", e)
try:
    raise KeyError()
except KeyError as e:
    print("empty:", repr(str(e)))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("two:", e)
inventory["banana"]
