xs = [5, 3, 8, 1]
xs.insert(0, 9)
xs.insert(100, 7)
xs.insert(-1, 6)
print(xs, xs.index(8), xs.count(3))
xs.remove(3)
print(xs)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    xs.index(42)
except ValueError as e:
    print("ValueError:", e)
xs.extend(range(2))
xs.extend("ab")
print(xs, xs.pop(), xs.pop(0), xs)
xs[1:3] = ["x", "y", "z"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del xs[1::2]
print(xs)
del xs[:]
print(xs)
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
pairs.sort()
print(pairs)
words = ["bb", "A", "c", "aa"]
words.sort(key=str.lower)
print(words, words.copy() == words, words.copy() is words)
nums = [3, 1, 2]
print(nums.reverse(), nums, nums.sort(reverse=True), nums)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid, [[0] * 2 for _ in range(2)])
print([1, 2] * 2, [1, 2] + [3], [1, 2] < [1, 3], [] == [], [1, [2]] == [1, [2]])
a = [1, 2, 3]
a += (4,)
print(a, a[-10:10], a[::-1], a[1:-1])
