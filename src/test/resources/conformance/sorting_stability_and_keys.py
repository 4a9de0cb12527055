people = [("ann", 30, "nyc"), ("bob", 25, "sf"), ("cy", 30, "la"), ("dee", 25, "nyc"), ("eve", 35, "sf")]
by_age = sorted(people, key=lambda p: p[1])
print([p[0] for p in by_age])
by_city_then_age = sorted(sorted(people, key=lambda p: p[1]), key=lambda p: p[2])
print([p[0] for p in by_city_then_age])
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted([3, 1.5, True, -2]), sorted([[2, 1], [1, 5], [1, 2, 0]]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "1"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], key=lambda v: None)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], key=1)
except TypeError as e:
    print("TypeError:", e)
nums = [5, 2, 9]
print(sorted(nums, reverse=True), nums, sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda n: n % 3), min(people, key=lambda p: p[1])[0], max(people, key=lambda p: p[1])[0])
grades = {"ann": 91, "bob": 78, "cy": 91}
ranked = sorted(grades, key=grades.get, reverse=True)
print(ranked, sorted(grades.values()), list(reversed(sorted(grades))))
