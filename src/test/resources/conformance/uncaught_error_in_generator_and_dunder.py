class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __iter__(self):
        for row in self.rows:
            yield sum(row) / len(row)

    def __repr__(self):
        return f"Matrix({self.rows})"


m = Matrix([[1, 2], [3, 4], []])
print(m[1, 0], m)
try:
    m[5, 0]
except IndexError as e:
    print("IndexError:", e)
averages = iter(m)
print(next(averages), next(averages))
print(sorted(m))
