print(2 ** 100)
print(3 ** 50 - 2 ** 70)
n = 1
for i in range(1, 31):
    n *= i
print(n)
print(n // 10 ** 20, n % 1000007)
print(-(2 ** 64) // 3, (2 ** 64) % -7)
print(len(str(2 ** 1000)))
print(f"{2 ** 70:x} {5:b} {64:o} {2 ** 70:,}")
print(int("123456789012345678901234567890") + 1)
print(10 ** 20 / 3, float(2 ** 60))
