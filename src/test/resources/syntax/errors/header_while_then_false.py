while True False
