def find(items, key):
    for item in items:
        if item == key:
            return item


result = find([1, 2], 3)
for attempt in (lambda: result[0], lambda: result(), lambda: list(result), lambda: len(result),
                lambda: result.append(1), lambda: [x for x in result], lambda: result["k"]):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for x in result:
    print(x)
