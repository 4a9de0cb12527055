def total(*args, **kwargs):
    return len(args) + len(kwargs)

def forward(*args, **kwargs):
    return total(*args, **kwargs)

s = 0
for i in range(10000):
    s += forward(i, i, key=i)
print(s)
