class A x:
  pass
