elif_x = 1
if a:
  pass
elif b c:
  pass
