tim = 5
print(time.time())
