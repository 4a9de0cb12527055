data = {"name": "ann", "scores": [3, 9]}
print(f"{data["name"]} has {len(data["scores"])} scores, best {max(data['scores'])}")
print(f"{f"{1 + 1}"!r}", f"{'a' + f'{2 * 3}'}", f"{"nested " + f"{'deep'}"}")
value = 3.14159
print(f"{value=:.2f}", f"{value = }", f"{value!r:>12}", f"{data['name']=}", f"{1 + 2 = }")
width = 8
print(f"{'x':{'>'}{width}}|", f"{value:{width}.{2}f}|", f"{42:#{'x'}}")
items = ["a", "b"]
print(f"{', '.join(items)}", f"{'\n'.join(items)}", f"{chr(10).join(items)!r}")
print(f"{
    sum([1, 2, 3])
}", f"{  value  :.1f}", f"{{literal}} {{{value:.0f}}}")
print(f"{'quote \" inside'}", f'{"single \' inside"}', f"{len('''tri''')}")
x = 10
print(f"{x:>{x - 6}}|{x:<{x // 5}}|{x:^{3}}|", f"{x if x > 5 else -x}", f"{(lambda y: y * 2)(x)}")
print(f"{x!s:>4}", f"{'abc'!r:^9}", f"{3.0!s}", f"{[1, 2]!r}", f"{None!s:_<6}")
