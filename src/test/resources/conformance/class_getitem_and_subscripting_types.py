class A:
    pass
class G:
    def __class_getitem__(cls, item):
        return f"G of {item.__name__}"
print(G[int], list[int] is not None, dict[str, int] is not None)
try:
    A[int]
except TypeError as e:
    print("TypeError:", e)
try:
    def f(x: A[int]):
        pass
except TypeError as e:
    print("TypeError:", e)
