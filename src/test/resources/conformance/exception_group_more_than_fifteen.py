errors = [ValueError(f"item {i}") for i in range(18)]
raise ExceptionGroup("batch failed", errors)
