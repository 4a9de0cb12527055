rows = [("apples", 3, 0.5), ("pears", 12, 0.75), ("kiwis", 100, 0.2)]
header = f"{'item':<8}{'qty':>5}{'price':>8}{'total':>9}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<8}{qty:>5}{price:>8.2f}{total:>9.2f}")
print(f"{'sum':<21}{grand:>9.2f}")
print("%-8s|%5.1f" % ("avg", grand / len(rows)))
