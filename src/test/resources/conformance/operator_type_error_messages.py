cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: "a" * "b",
    lambda: 1 < "a",
    lambda: [] > {},
    lambda: -"x",
    lambda: ~1.5,
    lambda: {} | [],
    lambda: 2 ** "x",
    lambda: 5 % None,
    lambda: "abc" - "c",
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
x = 3
x += "1"
