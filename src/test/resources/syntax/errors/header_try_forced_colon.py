try x:
  pass
