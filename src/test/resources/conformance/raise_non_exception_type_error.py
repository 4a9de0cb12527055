class NotAnError:
    pass


for thing in (42, "boom", NotAnError, NotAnError(), None):
    try:
        raise thing
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise
except RuntimeError as e:
    print(e)
raise "just a string"
