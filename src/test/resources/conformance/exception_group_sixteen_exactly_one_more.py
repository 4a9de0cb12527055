def fail_all():
    raise ExceptionGroup("sixteen", [IndexError(i) for i in range(16)])


fail_all()
