first = KeyError("first")
second = ValueError("second")
first.__context__ = second
second.__context__ = first
try:
    raise second
except ValueError as e:
    print(type(e.__conte_context__.__context__).__name__)
raise second
