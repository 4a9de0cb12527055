try:
    pass
except x
    pass
