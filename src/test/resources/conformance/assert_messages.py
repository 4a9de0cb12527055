def check(balance):
    assert balance >= 0, f"negative balance: {balance}"
    return balance


print(check(5))
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], ["a", "list"]
except AssertionError as e:
    print("list message:", e, e.args)
check(-3)
